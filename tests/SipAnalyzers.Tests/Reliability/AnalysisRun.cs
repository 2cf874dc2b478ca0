using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Generator;
using SipAnalyzers.Testing;
using SipAnalyzers.Tests.Infrastructure;

namespace SipAnalyzers.Tests.Reliability;

/// <summary>
/// Runs everything the package ships on one input, the way a build and an IDE do: the generator, every analyzer
/// (an analyzer exception fails the run instead of becoming an AD0001 warning) and, on request, every offered code fix.
/// </summary>
internal static class AnalysisRun
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        SipTest.AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    public static readonly ImmutableArray<CodeFixProvider> Fixers = ImmutableArray.Create<CodeFixProvider>(
        new SIP1001_RawStatusCodeFixer(), new SIP1002_StatusClassCheckFixer(), new SIP2003_ClassBoundsFixer(), new SIP1004_EnumMemberFixer(), new SIP1005_HttpStatusFixer(),
        new SIP2001_GlobalFailureGuardFixer(), new SIP2009_SendOkFixer(), new SIP2011_RejectWithBusyHereFixer(), new SIP2010_ReasonPhraseFixer());

    public sealed record Result(CSharpCompilation Compilation, ImmutableArray<Diagnostic> Diagnostics);

    /// <param name="withStacks">False: the SIPSorcery and pjsua2 types are missing, so their uses are error types.</param>
    public static async Task<Result> AnalyzeAsync(string source, LanguageVersion version = LanguageVersion.Latest, bool withStacks = true,
        OutputKind kind = OutputKind.DynamicallyLinkedLibrary, bool allowUnsafe = false)
    {
        var parse = new CSharpParseOptions(version);
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net80.References.All);
        if (withStacks)
        {
            references.Add(StackReferences.SipSorcery);
            references.Add(StackReferences.Pjsua2);
        }

        var compilation = CSharpCompilation.Create("Input", new[] { CSharpSyntaxTree.ParseText(source, parse, path: "Input.cs") }, references,
            new CSharpCompilationOptions(kind, allowUnsafe: allowUnsafe, nullableContextOptions: NullableContextOptions.Disable));

        // The generator, as the compiler runs it: a generator exception becomes a warning there, a failure here.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new SipTypesGenerator().AsSourceGenerator() }, parseOptions: parse);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        var generatorRun = driver.GetRunResult().Results.Single();
        if (generatorRun.Exception != null)
        {
            throw new InvalidOperationException("the generator threw", generatorRun.Exception);
        }

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (e, analyzer, _) => { lock (exceptions) { exceptions.Add(new InvalidOperationException(analyzer.GetType().Name + " threw", e)); } },
            concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await generated.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        if (exceptions.Count > 0)
        {
            throw new AggregateException(exceptions);
        }

        var crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
        if (crashes.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", crashes));
        }

        return new Result((CSharpCompilation)generated, diagnostics);
    }

    /// <summary>Applies every code action offered for the first diagnostic of each ID; returns how many were applied.</summary>
    public static async Task<int> ApplyEveryFixAsync(string source, Result result, LanguageVersion version = LanguageVersion.Latest)
    {
        var applied = 0;
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == "Input.cs")
                     .GroupBy(d => d.Id).Select(g => g.First()))
        {
            foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var document = CreateDocument(source, result.Compilation, version);
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                await fixer.RegisterCodeFixesAsync(context);
                foreach (var action in actions)
                {
                    foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
                    {
                        if (operation is ApplyChangesOperation change)
                        {
                            var changed = change.ChangedSolution.GetDocument(document.Id)!;
                            _ = await changed.GetTextAsync();
                            applied++;
                        }
                    }
                }
            }
        }

        return applied;
    }

    private static Document CreateDocument(string source, CSharpCompilation compilation, LanguageVersion version)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Input", "Input", LanguageNames.CSharp,
            compilationOptions: compilation.Options, parseOptions: new CSharpParseOptions(version), metadataReferences: compilation.References));
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath != "Input.cs"))
        {
            project = workspace.AddDocument(project.Id, Path.GetFileName(tree.FilePath), tree.GetText()).Project;
        }

        return workspace.AddDocument(project.Id, "Input.cs", SourceText.From(source));
    }

    /// <summary>
    /// Fix All's diagnostics as <c>dotnet format</c> provides them: every analyzer diagnostic of the document or project,
    /// of any ID, in source order.
    /// </summary>
    public sealed class EveryDiagnostic : FixAllContext.DiagnosticProvider
    {
        public static async Task<ImmutableArray<Diagnostic>> OfDocumentAsync(Document document, CancellationToken cancellationToken = default)
        {
            var compilation = (await document.Project.GetCompilationAsync(cancellationToken))!;
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync(cancellationToken))
                .Where(d => d.Location.SourceTree == tree).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => await OfDocumentAsync(document, cancellationToken);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            var all = new List<Diagnostic>();
            foreach (var document in project.Documents)
            {
                all.AddRange(await OfDocumentAsync(document, cancellationToken));
            }

            return all;
        }

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => GetProjectDiagnosticsAsync(project, cancellationToken);
    }
}
