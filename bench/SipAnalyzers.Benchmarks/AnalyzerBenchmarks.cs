using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Benchmarks.Corpus;
using SipAnalyzers.Generator;

namespace SipAnalyzers.Benchmarks;

/// <summary>
/// Each benchmark runs beside its baselines in one BenchmarkDotNet run: SipAnalyzers vs a baseline analyzer vs the
/// compiler's own GetDiagnostics on the same fresh compilation, for the SIP corpus, the same corpus after the fixes
/// (clean), the non-SIP corpus and one 5,000-line document; plus the generator's first run and its run after a
/// one-line edit. Every analyzer benchmark checks the exact diagnostic count.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> NoOp = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpOperationAnalyzer());

    /// <summary>The no-op baseline (<see cref="NoOpOperationAnalyzer"/>).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NoOpAnalyzers => NoOp;
    private static readonly Dictionary<string, int> Nothing = new();

    public static CorpusCompilation SipCorpus { get; } = new(CorpusGenerator.Sip());
    public static CorpusCompilation CleanSipCorpus { get; } = new(CorpusGenerator.CleanSip());
    public static CorpusCompilation NonSipCorpus { get; } = new(CorpusGenerator.NonSip());
    public static CorpusCompilation SingleDocument { get; } = new(CorpusGenerator.SingleDocument());

    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private CSharpCompilation _edited = null!;

    [IterationSetup(Targets = new[] { nameof(SipAnalyzers_SipCorpus), nameof(NoOpAnalyzer_SipCorpus), nameof(Compiler_SipCorpus), nameof(Generator_FirstRun) })]
    public void FreshSip() => _compilation = SipCorpus.Fresh();

    [IterationSetup(Targets = new[] { nameof(SipAnalyzers_CleanSipCorpus), nameof(NoOpAnalyzer_CleanSipCorpus), nameof(Compiler_CleanSipCorpus) })]
    public void FreshCleanSip() => _compilation = CleanSipCorpus.Fresh();

    [IterationSetup(Targets = new[] { nameof(SipAnalyzers_NonSipCorpus), nameof(EmptyAnalyzer_NonSipCorpus), nameof(Compiler_NonSipCorpus) })]
    public void FreshNonSip() => _compilation = NonSipCorpus.Fresh();

    [IterationSetup(Targets = new[] { nameof(SipAnalyzers_SingleDocument), nameof(NoOpAnalyzer_SingleDocument), nameof(Compiler_SingleDocument) })]
    public void FreshSingle() => _compilation = SingleDocument.Fresh();

    [IterationSetup(Target = nameof(Generator_AfterOneLineEdit))]
    public void WarmGenerator()
    {
        _compilation = SipCorpus.Fresh();
        _warmDriver = CreateDriver().RunGenerators(_compilation);
        var tree = _compilation.SyntaxTrees.First();
        _edited = (CSharpCompilation)_compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(new TextSpan(0, 0), "// edited\n")));
    }

    [Benchmark(Description = "SipAnalyzers, SIP corpus")]
    public int SipAnalyzers_SipCorpus() => Analyze(CorpusCompilation.SipAnalyzers, CorpusCompilation.Reported(SipCorpus.Shape.Expected), "SIP corpus");

    [Benchmark(Description = "No-op operation analyzer, SIP corpus")]
    public int NoOpAnalyzer_SipCorpus() => Analyze(NoOp, Nothing, "SIP corpus, no-op analyzer");

    [Benchmark(Description = "Compiler GetDiagnostics, SIP corpus")]
    public int Compiler_SipCorpus() => CompilerErrors(_compilation);

    [Benchmark(Description = "SipAnalyzers, clean SIP corpus")]
    public int SipAnalyzers_CleanSipCorpus() => Analyze(CorpusCompilation.SipAnalyzers, Nothing, "clean SIP corpus");

    [Benchmark(Description = "No-op operation analyzer, clean SIP corpus")]
    public int NoOpAnalyzer_CleanSipCorpus() => Analyze(NoOp, Nothing, "clean SIP corpus, no-op analyzer");

    [Benchmark(Description = "Compiler GetDiagnostics, clean SIP corpus")]
    public int Compiler_CleanSipCorpus() => CompilerErrors(_compilation);

    [Benchmark(Description = "SipAnalyzers, non-SIP corpus")]
    public int SipAnalyzers_NonSipCorpus() => Analyze(CorpusCompilation.SipAnalyzers, Nothing, "non-SIP corpus");

    [Benchmark(Description = "Empty analyzer, non-SIP corpus")]
    public int EmptyAnalyzer_NonSipCorpus() => Analyze(Empty, Nothing, "non-SIP corpus, empty analyzer");

    [Benchmark(Description = "Compiler GetDiagnostics, non-SIP corpus")]
    public int Compiler_NonSipCorpus() => CompilerErrors(_compilation);

    [Benchmark(Description = "SipAnalyzers, one 5,000-line document")]
    public int SipAnalyzers_SingleDocument() => AnalyzeDocument(CorpusCompilation.SipAnalyzers, CorpusCompilation.Reported(SingleDocument.Shape.Expected));

    [Benchmark(Description = "No-op operation analyzer, one 5,000-line document")]
    public int NoOpAnalyzer_SingleDocument() => AnalyzeDocument(NoOp, Nothing);

    [Benchmark(Description = "Binding one 5,000-line document")]
    public int Compiler_SingleDocument()
    {
        var tree = _compilation.SyntaxTrees.First();
        return _compilation.GetSemanticModel(tree).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    }

    [Benchmark(Description = "Generator, first run")]
    public int Generator_FirstRun() => CreateDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Generator, after a one-line edit")]
    public int Generator_AfterOneLineEdit()
    {
        var result = _warmDriver.RunGenerators(_edited).GetRunResult().Results[0];
        var step = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        if (step.Any(o => o.Reason != IncrementalStepRunReason.Cached))
        {
            throw new InvalidOperationException("the generator did work after an unrelated edit");
        }

        return result.GeneratedSources.Length;
    }

    private int Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyDictionary<string, int> expected, string what)
    {
        var counts = CorpusCompilation.CountAsync(_compilation, analyzers).GetAwaiter().GetResult();
        CorpusCompilation.AssertExpected(counts, expected, what);
        return counts.Values.Sum();
    }

    private int AnalyzeDocument(ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyDictionary<string, int> expected)
    {
        var tree = _compilation.SyntaxTrees.First();
        var model = _compilation.GetSemanticModel(tree);
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = _compilation.WithAnalyzers(analyzers, options).GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
        var counts = CorpusCompilation.Count(diagnostics);
        CorpusCompilation.AssertExpected(counts, expected, "single document");
        return diagnostics.Length;
    }

    private static int CompilerErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("the corpus does not compile: " + errors[0]);
        }

        return 0;
    }

    private static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(new[] { new SipTypesGenerator().AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
}
