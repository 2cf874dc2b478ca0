using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SipAnalyzers.Benchmarks.Corpus;

/// <summary>Parsed corpus trees (parsing is not measured) and fresh compilations over them (binding is).</summary>
public sealed class CorpusCompilation
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public CorpusCompilation(CorpusShape shape)
    {
        Shape = shape;
        Trees = shape.Documents.Select(d => CSharpSyntaxTree.ParseText(d.Text, ParseOptions, path: d.Name)).ToImmutableArray();
    }

    public CorpusShape Shape { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>A new compilation: no semantic state is shared with any earlier run.</summary>
    public CSharpCompilation Fresh(IEnumerable<SyntaxTree>? trees = null)
        => CSharpCompilation.Create("Corpus", trees ?? Trees, Shape.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

    public static ImmutableArray<DiagnosticAnalyzer> SipAnalyzers { get; } = typeof(global::SipAnalyzers.Rules.SipAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The expected counts of the IDs the selected analyzers report.</summary>
    public static IReadOnlyDictionary<string, int> Reported(IReadOnlyDictionary<string, int> expected)
    {
        var ids = SipAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
        return expected.Where(e => ids.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value);
    }

    /// <summary>All analyzer diagnostics of a fresh compilation, counted by ID.</summary>
    public static async Task<Dictionary<string, int>> CountAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent = false)
        => Count(await DiagnosticsAsync(compilation, analyzers, concurrent).ConfigureAwait(false));

    public static Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent = false)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), OnException, concurrent, logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
    }

    public static Dictionary<string, int> Count(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Fails loudly: a benchmark of a broken analyzer must not look fast.</summary>
    public static void AssertExpected(IReadOnlyDictionary<string, int> actual, IReadOnlyDictionary<string, int> expected, string what)
    {
        var same = actual.Count == expected.Count && expected.All(e => actual.TryGetValue(e.Key, out var n) && n == e.Value);
        if (!same)
        {
            throw new InvalidOperationException($"{what}: expected {Format(expected)} but got {Format(actual)}");
        }
    }

    private static string Format(IReadOnlyDictionary<string, int> counts)
        => counts.Count == 0 ? "nothing" : string.Join(", ", counts.OrderBy(c => c.Key).Select(c => c.Key + "=" + c.Value));

    private static void OnException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic)
        => throw new InvalidOperationException($"{analyzer.GetType().Name} threw: {exception}");
}

/// <summary>Baseline for a compilation SipAnalyzers ignores: an analyzer that registers nothing (the driver's own cost).</summary>
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Never = new("EMPTY0001", "never", "never", "none", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}

/// <summary>
/// Baseline for SIP compilations: no-op callbacks for the same operation kinds SipAnalyzers registers, so the driver
/// binds every method body and builds the operation trees exactly as for SipAnalyzers (work that the SDK's own
/// operation analyzers already cause in most builds). What is left after subtracting it is SipAnalyzers' own work,
/// reporting included. (Against an analyzer that registers nothing, the whole method-body binding would be charged
/// to SipAnalyzers.)
/// </summary>
public sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(EmptyAnalyzer.Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        // The kinds SipAnalyzers registers (a test keeps the two lists equal), so the driver binds and builds the same
        // operation trees for the baseline.
        context.RegisterOperationAction(_ => { }, RegisteredKinds);
        context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
    }

    public static readonly OperationKind[] RegisteredKinds =
    {
        OperationKind.Literal, OperationKind.Binary, OperationKind.Unary, OperationKind.IsPattern, OperationKind.Switch,
        OperationKind.SwitchExpression, OperationKind.FieldReference, OperationKind.Loop, OperationKind.Invocation,
        OperationKind.Branch, OperationKind.AnonymousFunction, OperationKind.MethodBody, OperationKind.ObjectCreation,
        OperationKind.EventAssignment,
    };
}

/// <summary>
/// The no-op baseline that also reports diagnostics recorded from an earlier SipAnalyzers run over the same syntax trees
/// (one syntax-tree callback per tree). Against the no-op, it measures what the compiler does with the findings
/// (severity filtering, the source-suppression check that looks for [SuppressMessage] on every declaration around
/// each finding); SipAnalyzers against it, what finding them costs.
/// </summary>
public sealed class ReplayAnalyzer : DiagnosticAnalyzer
{
    private readonly Dictionary<SyntaxTree, Diagnostic[]> _byTree;

    public ReplayAnalyzer(IEnumerable<Diagnostic> recorded, ImmutableArray<DiagnosticDescriptor> supported)
    {
        _byTree = recorded.GroupBy(d => d.Location.SourceTree!).ToDictionary(g => g.Key, g => g.ToArray());
        SupportedDiagnostics = supported;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationAction(_ => { }, NoOpOperationAnalyzer.RegisteredKinds);
        context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
        context.RegisterSyntaxTreeAction(c =>
        {
            if (_byTree.TryGetValue(c.Tree, out var diagnostics))
            {
                foreach (var diagnostic in diagnostics)
                {
                    c.ReportDiagnostic(diagnostic);
                }
            }
        });
    }
}
