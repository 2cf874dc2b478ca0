using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Generator;
using SipAnalyzers.Rules;

namespace SipAnalyzers.Eval;

/// <summary>
/// The "bulkfix" verb: each corpus project, compiled as "run" compiles it (unresolved packages allowed), goes through
/// every SipAnalyzers fix the way <c>dotnet format analyzers</c> applies them: per diagnostic ID, Fix All in solution
/// scope with the equivalence key of whatever the fixer offers for the first diagnostic (often none). It reports the
/// findings before, the fixes applied, what is left and why, and the compiler errors before and after by code and file:
/// a fix must never add an error. Writes out/bulkfix.md.
/// </summary>
public static class BulkFixCommand
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SipAnalyzer(), new ConfigurationAnalyzer());

    private static readonly ImmutableArray<CodeFixProvider> Fixers = ImmutableArray.Create<CodeFixProvider>(
        new SIP1001_RawStatusCodeFixer(), new SIP1002_StatusClassCheckFixer(), new SIP2003_ClassBoundsFixer(), new SIP1004_EnumMemberFixer(),
        new SIP1005_HttpStatusFixer(), new SIP2001_GlobalFailureGuardFixer(), new SIP2009_SendOkFixer(), new SIP2011_RejectWithBusyHereFixer(),
        new SIP2010_ReasonPhraseFixer());

    public static async Task<int> Run(string evalDir)
    {
        var report = new StringBuilder("# Bulk fix on the development corpus\n\n")
            .Append("Every SipAnalyzers fix applied as `dotnet format analyzers --severity info` applies them (per ID, Fix All in solution scope, ")
            .Append("the key taken from the first diagnostic). Compiler errors are counted by code and file before and after; ")
            .Append("real code without its packages has errors before any fix, and a fix must add none.\n\n")
            .Append("| repository | project | findings before | fixed | left (no automatic fix) | compiler errors before | after | new errors |\n")
            .Append("|---|---|---:|---:|---|---:|---:|---:|\n");
        var newErrorDetails = new StringBuilder();
        var totals = (Before: 0, Fixed: 0, Left: 0, ErrorsBefore: 0, ErrorsAfter: 0, New: 0);
        var total = Stopwatch.StartNew();
        foreach (var (row, project, compilation) in RunCommand.Compilations(evalDir))
        {
            var repoRoot = Path.GetFullPath(Path.Combine(evalDir, "sources", row.SourceKey));
            var document = CreateProject(compilation, repoRoot, out var projectId);
            var solution = document;
            var before = await AnalyzeAsync(solution.GetProject(projectId)!);
            if (before.Length == 0)
            {
                continue;
            }

            var errorsBefore = await ErrorsAsync(solution.GetProject(projectId)!, repoRoot);
            foreach (var id in before.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal))
            {
                solution = await FixAllAsync(solution, projectId, id);
            }

            var after = await AnalyzeAsync(solution.GetProject(projectId)!);
            var errorsAfter = await ErrorsAsync(solution.GetProject(projectId)!, repoRoot);
            var added = errorsAfter.Where(e => e.Value > errorsBefore.GetValueOrDefault(e.Key)).ToList();
            var fixedCount = before.Length - after.Length;
            var left = string.Join(", ", after.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
            var name = Path.GetRelativePath(repoRoot, project.Name.Length > 0 && project.Name != "(no project)" ? project.Name : repoRoot);
            report.Append($"| {row.Repo} | {name} | {before.Length} | {fixedCount} | {(left.Length == 0 ? "-" : left)} | ")
                .Append($"{errorsBefore.Values.Sum()} | {errorsAfter.Values.Sum()} | {added.Sum(e => e.Value - errorsBefore.GetValueOrDefault(e.Key))} |\n");
            foreach (var error in added)
            {
                newErrorDetails.Append($"- {row.Repo} {error.Key}: {errorsBefore.GetValueOrDefault(error.Key)} -> {error.Value}\n");
            }

            totals = (totals.Before + before.Length, totals.Fixed + fixedCount, totals.Left + after.Length, totals.ErrorsBefore + errorsBefore.Values.Sum(),
                totals.ErrorsAfter + errorsAfter.Values.Sum(), totals.New + added.Sum(e => e.Value - errorsBefore.GetValueOrDefault(e.Key)));
            Console.WriteLine($"[{row.Repo}] {Path.GetFileName(project.Name)}: {before.Length} findings, {fixedCount} fixed, left {(left.Length == 0 ? "nothing" : left)}; errors {errorsBefore.Values.Sum()} -> {errorsAfter.Values.Sum()}");
        }

        report.Append($"| **total** | | {totals.Before} | {totals.Fixed} | {totals.Left} | {totals.ErrorsBefore} | {totals.ErrorsAfter} | {totals.New} |\n\n")
            .Append("What is left has no automatic fix: the protocol rules (a person decides what the code should do), SIP1003/SIP1006 ")
            .Append("(only the author knows which code was meant), and SIP1001 where no enum has a member for the code.\n\n")
            .Append("## New compiler errors\n\n").Append(newErrorDetails.Length == 0 ? "None.\n" : newErrorDetails.ToString());
        var outDir = Path.Combine(evalDir, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "bulkfix.md"), report.ToString());
        Console.WriteLine($"wrote out/bulkfix.md in {total.Elapsed.TotalSeconds:F0} s: {totals.Fixed} of {totals.Before} findings fixed, {totals.New} new compiler errors");
        return totals.New == 0 ? 0 : 1;
    }

    /// <summary>As dotnet format: the fixer's action for the first diagnostic of the analyzer's result sets the key.</summary>
    private static async Task<Solution> FixAllAsync(Solution solution, ProjectId projectId, string id)
    {
        foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
        {
            var project = solution.GetProject(projectId)!;
            var diagnostics = await AnalyzeAsync(project);
            if (!diagnostics.Any(d => d.Id == id) || solution.GetDocument(diagnostics[0].Location.SourceTree) is not { } document)
            {
                continue;
            }

            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => action ??= a, CancellationToken.None));
            var context = new FixAllContext(document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, [id], new EveryDiagnostic(), CancellationToken.None);
            if (await fixer.GetFixAllProvider()!.GetFixAsync(context) is not { } fixAll)
            {
                continue;
            }

            foreach (var operation in await fixAll.GetOperationsAsync(CancellationToken.None))
            {
                if (operation is ApplyChangesOperation change)
                {
                    solution = change.ChangedSolution;
                }
            }
        }

        return solution;
    }

    /// <summary>The corpus project in a workspace: its files, the generated Sip types as a document, its references.</summary>
    private static Solution CreateProject(Compilation compilation, string repoRoot, out ProjectId projectId)
    {
        var workspace = new AdhocWorkspace();
        projectId = ProjectId.CreateNewId();
        var parse = compilation.SyntaxTrees.First().Options;
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, compilation.AssemblyName!, compilation.AssemblyName!,
            LanguageNames.CSharp, compilationOptions: compilation.Options, parseOptions: parse, metadataReferences: compilation.References.Distinct()));
        foreach (var tree in compilation.SyntaxTrees)
        {
            var path = tree.FilePath.Length > 0 ? tree.FilePath : SipTypesGenerator.HintName;
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), tree.GetText(), filePath: path);
        }

        return solution;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var found = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        return found.Where(d => d.Location.IsInSource && d.Id.StartsWith("SIP", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>Compiler errors by "code file".</summary>
    private static async Task<Dictionary<string, int>> ErrorsAsync(Project project, string repoRoot)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .GroupBy(d => d.Id + " " + (d.Location.SourceTree?.FilePath is { Length: > 0 } path && path.StartsWith(repoRoot, StringComparison.Ordinal)
                ? Path.GetRelativePath(repoRoot, path) : "(no file)"))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>As dotnet format's provider: every finding of the document or project, of any ID.</summary>
    private sealed class EveryDiagnostic : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await AnalyzeAsync(document.Project)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await AnalyzeAsync(project);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => GetProjectDiagnosticsAsync(project, cancellationToken);
    }
}
