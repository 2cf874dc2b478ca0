using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Generator;
using SipAnalyzers.Rules;
using SipAnalyzers.Testing;

namespace SipAnalyzers.Eval;

/// <summary>
/// The "run" verb: compiles each project of each extracted repository in memory (its .cs files, the .NET 8 reference
/// assemblies, its sibling projects, and the stack stubs for the stacks its packages name; anything else stays
/// unresolved, as in real code without its packages), adds the generated Sip types, runs every SipAnalyzers analyzer and
/// writes out/diagnostics.tsv (AD0001 rows included) and out/run.tsv (per project: files, compiler errors, time).
/// </summary>
public static class RunCommand
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.Parse,
        SourceCodeKind.Regular, preprocessorSymbols: ["DEBUG", "TRACE"]);

    /// <summary>Package or assembly names of the stacks whose stubs stand in for them (their profiles' marker assemblies).</summary>
    private static readonly (string Package, string Assembly, string Source)[] Stubs =
    [
        ("SIPSorcery", "SIPSorcery", StackStubs.SipSorcery),
        ("pjsua2", "pjsua2", StackStubs.Pjsua2),
        ("LumiSoft.Net", "LumiSoft.Net", StackStubs.LumiSoft),
        ("Microsoft.Rtc.Collaboration", "Microsoft.Rtc.Collaboration", StackStubs.Ucma),
    ];

    /// <summary>The "explain" verb: the operations above one literal of the corpus, with their types and symbols.</summary>
    public static int Explain(string evalDir, string repo, string path, int line, int column)
    {
        // owner/name as in the manifest, or the sources folder's owner+name.
        var row = Manifest.Load(Path.Combine(evalDir, "manifest.tsv")).FirstOrDefault(r => r.Repo == repo || r.SourceKey == repo);
        if (row == null)
        {
            Console.Error.WriteLine($"{repo} is not in manifest.tsv (use owner/name)");
            return 2;
        }

        var repoRoot = Path.GetFullPath(Path.Combine(evalDir, "sources", row.SourceKey));
        var files = RepoFiles.Enumerate(repoRoot, row with { Include = "." }).ToList();
        var projects = Projects.Find(repoRoot, files);
        var framework = Basic.Reference.Assemblies.Net80.References.All.ToList<MetadataReference>();
        var stubReferences = Stubs.ToDictionary(s => s.Package, s => Compile(s.Assembly, s.Source, framework), StringComparer.OrdinalIgnoreCase);
        var compiled = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        foreach (var project in Order(projects))
        {
            var compilation = Create(project, framework, compiled, stubReferences);
            var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == Path.Combine(repoRoot, path));
            if (tree == null)
            {
                continue;
            }

            var text = tree.GetText();
            var position = text.Lines[line - 1].Start + column - 1;
            var model = compilation.GetSemanticModel(tree);
            for (var node = tree.GetRoot().FindToken(position).Parent; node != null; node = node.Parent)
            {
                var operation = model.GetOperation(node);
                if (operation == null)
                {
                    continue;
                }

                for (var o = operation; o != null; o = o.Parent)
                {
                    var symbol = o switch
                    {
                        Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation p => p.Property.ToDisplayString(),
                        Microsoft.CodeAnalysis.Operations.IFieldReferenceOperation f => f.Field.ToDisplayString(),
                        Microsoft.CodeAnalysis.Operations.ILocalReferenceOperation l => "local " + l.Local.Name,
                        Microsoft.CodeAnalysis.Operations.IParameterReferenceOperation a => "parameter " + a.Parameter.Name,
                        Microsoft.CodeAnalysis.Operations.IInvocationOperation i => i.TargetMethod.ToDisplayString(),
                        Microsoft.CodeAnalysis.Operations.IArgumentOperation a => "argument for " + a.Parameter?.ToDisplayString(),
                        _ => "",
                    };
                    Console.WriteLine($"{o.Kind,-24} {o.Type?.ToDisplayString() ?? "-",-30} {symbol}   `{o.Syntax.ToString().Replace('\n', ' ')[..Math.Min(70, o.Syntax.ToString().Length)]}`");
                    if (o is Microsoft.CodeAnalysis.Operations.IMethodBodyOperation)
                    {
                        break;
                    }
                }

                return 0;
            }
        }

        Console.Error.WriteLine("no operation found there");
        return 1;
    }

    private static Compilation Create(RepoProject project, List<MetadataReference> framework, Dictionary<string, MetadataReference> compiled,
        Dictionary<string, MetadataReference> stubReferences)
    {
        var references = new List<MetadataReference>(framework);
        references.AddRange(project.ProjectReferences.Where(compiled.ContainsKey).Select(p => compiled[p]));
        references.AddRange(project.Packages.Where(stubReferences.ContainsKey).Select(p => stubReferences[p]).Distinct());
        var trees = project.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.FullPath)).ToList();
        if (project.GlobalUsings.Count > 0)
        {
            // What the SDK generates for <ImplicitUsings> and <Using> items.
            trees.Add(CSharpSyntaxTree.ParseText(string.Concat(project.GlobalUsings.Select(u => "global using global::" + u + ";\n")), ParseOptions, "GlobalUsings.g.cs"));
        }

        var compilation = (Compilation)CSharpCompilation.Create(Path.GetFileNameWithoutExtension(project.Name), trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new SipTypesGenerator().AsSourceGenerator()], parseOptions: ParseOptions).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        if (project.Name.EndsWith(".csproj", StringComparison.Ordinal))
        {
            compiled[project.Name] = compilation.ToMetadataReference();
        }

        return compilation;
    }

    public static async Task<int> Run(string evalDir)
    {
        // A run that dies (an analyzer's stack overflow takes the process with it) must not leave the last run's
        // results behind to be scored as this one's.
        Directory.CreateDirectory(Path.Combine(evalDir, "out"));
        foreach (var stale in new[] { "diagnostics.tsv", "run.tsv" })
        {
            File.Delete(Path.Combine(evalDir, "out", stale));
        }

        var rows = Manifest.Load(Path.Combine(evalDir, "manifest.tsv"));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SipAnalyzer(), new ConfigurationAnalyzer());
        var framework = Basic.Reference.Assemblies.Net80.References.All.ToList<MetadataReference>();
        var stubReferences = Stubs.ToDictionary(s => s.Package, s => Compile(s.Assembly, s.Source, framework), StringComparer.OrdinalIgnoreCase);
        var diagnostics = new StringBuilder("repo\tpath\tline\tcolumn\tend_line\tend_column\tid\tseverity\tmessage\n");
        var runs = new StringBuilder("repo\tproject\tfiles\tlines\tcompiler_errors\tdiagnostics\tms\n");
        var total = Stopwatch.StartNew();
        foreach (var row in rows)
        {
            var repoRoot = Path.GetFullPath(Path.Combine(evalDir, "sources", row.SourceKey));
            if (!Directory.Exists(repoRoot))
            {
                Console.Error.WriteLine($"[{row.Repo}] not extracted: run eval/extract.sh");
                return 1;
            }

            // Whole projects are compiled (the manifest's include only bounds what is labelled and scored).
            var files = RepoFiles.Enumerate(repoRoot, row with { Include = "." }).ToList();
            var projects = Projects.Find(repoRoot, files);
            var compiled = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
            foreach (var project in Order(projects))
            {
                var watch = Stopwatch.StartNew();
                var compilation = Create(project, framework, compiled, stubReferences);
                var trees = compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith(repoRoot, StringComparison.Ordinal)).ToList();

                var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
                var found = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
                var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                foreach (var d in found.OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start))
                {
                    var span = d.Location.GetLineSpan();
                    var path = d.Location.SourceTree?.FilePath is { Length: > 0 } full && full.StartsWith(repoRoot, StringComparison.Ordinal)
                        ? Path.GetRelativePath(repoRoot, full).Replace('\\', '/')
                        : "(generated)";
                    diagnostics.Append($"{row.Repo}\t{path}\t{span.StartLinePosition.Line + 1}\t{span.StartLinePosition.Character + 1}\t")
                        .Append($"{span.EndLinePosition.Line + 1}\t{span.EndLinePosition.Character + 1}\t{d.Id}\t{d.Severity}\t")
                        .Append(d.GetMessage().Replace('\t', ' ').Replace('\n', ' ')).Append('\n');
                }

                var lines = trees.Sum(t => t.GetText().Lines.Count);
                runs.Append($"{row.Repo}\t{Path.GetRelativePath(repoRoot, project.Name.Length > 0 && project.Name != "(no project)" ? project.Name : repoRoot)}\t")
                    .Append($"{project.Files.Count}\t{lines}\t{errors}\t{found.Length}\t{watch.ElapsedMilliseconds}\n");
                Console.WriteLine($"[{row.Repo}] {Path.GetFileName(project.Name)}: {project.Files.Count} files, {lines} lines, {errors} compiler errors, {found.Length} diagnostics, {watch.ElapsedMilliseconds} ms");
            }
        }

        var outDir = Path.Combine(evalDir, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "diagnostics.tsv"), diagnostics.ToString());
        File.WriteAllText(Path.Combine(outDir, "run.tsv"), runs.ToString());
        Console.WriteLine($"wrote out/diagnostics.tsv and out/run.tsv in {total.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>Every project of every extracted corpus repository, compiled as <see cref="Run"/> compiles it.</summary>
    public static IEnumerable<(ManifestRow Row, RepoProject Project, Compilation Compilation)> Compilations(string evalDir)
    {
        var framework = Basic.Reference.Assemblies.Net80.References.All.ToList<MetadataReference>();
        var stubReferences = Stubs.ToDictionary(s => s.Package, s => Compile(s.Assembly, s.Source, framework), StringComparer.OrdinalIgnoreCase);
        foreach (var row in Manifest.Load(Path.Combine(evalDir, "manifest.tsv")))
        {
            var repoRoot = Path.GetFullPath(Path.Combine(evalDir, "sources", row.SourceKey));
            if (!Directory.Exists(repoRoot))
            {
                Console.Error.WriteLine($"[{row.Repo}] not extracted: run eval/extract.sh");
                continue;
            }

            var files = RepoFiles.Enumerate(repoRoot, row with { Include = "." }).ToList();
            var compiled = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
            foreach (var project in Order(Projects.Find(repoRoot, files)))
            {
                yield return (row, project, Create(project, framework, compiled, stubReferences));
            }
        }
    }

    /// <summary>Projects after the projects they reference (a cycle or an outside reference is left unresolved).</summary>
    private static IEnumerable<RepoProject> Order(IReadOnlyList<RepoProject> projects)
    {
        var byName = projects.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<RepoProject>();
        void Visit(RepoProject project)
        {
            if (done.Contains(project.Name) || !visiting.Add(project.Name))
            {
                return;
            }

            foreach (var reference in project.ProjectReferences)
            {
                if (byName.TryGetValue(reference, out var referenced))
                {
                    Visit(referenced);
                }
            }

            done.Add(project.Name);
            order.Add(project);
        }

        foreach (var project in projects)
        {
            Visit(project);
        }

        return order;
    }

    private static MetadataReference Compile(string assemblyName, string source, IEnumerable<MetadataReference> framework)
    {
        var compilation = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12))],
            framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(assemblyName + " stub does not compile");
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
