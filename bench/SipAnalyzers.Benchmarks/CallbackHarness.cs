using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Detection;

namespace SipAnalyzers.Benchmarks;

// The contexts' public constructors are obsolete for analyzer tests (use CompilationWithAnalyzers); here the point is
// to run the callbacks without the driver.
#pragma warning disable CS0618

/// <summary>
/// Runs an analyzer's callbacks directly over operation trees bound beforehand, as the driver would (every operation of
/// every body, each with its containing symbol; symbol callbacks on every declared symbol): the analyzer's own CPU time,
/// with none of the compiler's binding in it. The difference of two whole analyses (the ratio) carries the
/// noise of two 17-second runs; this carries the noise of a few hundred milliseconds. Each pass starts from the
/// analyzer's compilation-start action with its shared context forgotten, so no cache of an earlier pass helps; the
/// compiler's own lazily computed symbols stay warm, as they are by the time a build's analyzers run.
/// </summary>
internal sealed class CallbackHarness
{
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options = new(ImmutableArray<AdditionalText>.Empty);
    private readonly List<(IOperation Root, ISymbol Owner)> _blocks = new();
    private readonly List<ISymbol> _symbols = new();
    private long _touched; // the token texts' lengths, summed so the visit that warms them is not optimized away

    public CallbackHarness(Compilation compilation)
    {
        _compilation = compilation;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                        _symbols.Add(model.GetDeclaredSymbol(node)!);
                        break;
                    case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                        var method = model.GetDeclaredSymbol(node)!;
                        _symbols.Add(method);
                        Add(model.GetOperation(node), method);
                        break;
                    case PropertyDeclarationSyntax property:
                        var propertySymbol = (IPropertySymbol)model.GetDeclaredSymbol(property)!;
                        _symbols.Add(propertySymbol);
                        Add(property.ExpressionBody is { } arrow ? model.GetOperation(arrow) : null, propertySymbol.GetMethod ?? (ISymbol)propertySymbol);
                        Add(property.Initializer is { } propertyInitializer ? model.GetOperation(propertyInitializer) : null, propertySymbol);
                        break;
                    case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax or EventFieldDeclarationSyntax } field:
                        var fieldSymbol = model.GetDeclaredSymbol(field)!;
                        _symbols.Add(fieldSymbol);
                        Add(field.Initializer is { } fieldInitializer ? model.GetOperation(fieldInitializer) : null, fieldSymbol);
                        break;
                    case EnumMemberDeclarationSyntax member:
                        _symbols.Add(model.GetDeclaredSymbol(member)!);
                        break;
                }
            }
        }
    }

    public int Blocks => _blocks.Count;

    public int Operations { get; private set; }

    /// <summary>
    /// One pass: the compilation-start actions, then every operation and symbol callback. Before each body's callbacks
    /// its operations and its syntax tokens are visited (untimed): the driver runs the callbacks of a body right after
    /// binding it, when both are in the cache; without this the pass would measure memory latency the driver does not see.
    /// </summary>
    /// <returns>The callbacks' time and allocated bytes (compilation start included), and the diagnostics reported by ID.</returns>
    public (double Ms, long Bytes, Dictionary<string, int> Counts) Run(DiagnosticAnalyzer analyzer)
    {
        var beginBytes = GC.GetAllocatedBytesForCurrentThread();
        var begin = Stopwatch.GetTimestamp();
        SipCompilationContext.Forget(_compilation);
        var setup = new Setup();
        analyzer.Initialize(setup);
        var start = new Start(_compilation, _options);
        foreach (var action in setup.StartActions)
        {
            action(start);
        }

        var counts = new Dictionary<string, int>();
        Action<Diagnostic> report = d => counts[d.Id] = counts.TryGetValue(d.Id, out var n) ? n + 1 : 1;
        Func<Diagnostic, bool> supported = static _ => true;
        Func<Diagnostic, CancellationToken, bool> supportedWithToken = static (_, _) => true;
        var byKind = new Action<OperationAnalysisContext>[]?[Enum.GetValues<OperationKind>().Max(k => (int)k) + 1];
        foreach (var (action, kinds) in start.OperationActions)
        {
            foreach (var kind in kinds)
            {
                byKind[(int)kind] = [.. byKind[(int)kind] ?? [], action];
            }
        }

        var ticks = Stopwatch.GetTimestamp() - begin;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - beginBytes;
        var body = new List<IOperation>();
        var operations = 0;
        foreach (var (root, owner) in _blocks)
        {
            body.Clear();
            body.AddRange(root.DescendantsAndSelf());
            foreach (var token in root.Syntax.DescendantTokens())
            {
                _touched += token.Text.Length;
            }

            operations += body.Count;
            var blockBytes = GC.GetAllocatedBytesForCurrentThread();
            var blockStart = Stopwatch.GetTimestamp();
            foreach (var operation in body)
            {
                if (byKind[(int)operation.Kind] is { } actions)
                {
                    var context = NewOperationContext(operation, owner, _compilation, _options, report, supportedWithToken, null, null, false, CancellationToken.None);
                    foreach (var action in actions)
                    {
                        action(context);
                    }
                }
            }

            ticks += Stopwatch.GetTimestamp() - blockStart;
            bytes += GC.GetAllocatedBytesForCurrentThread() - blockBytes;
        }

        var symbolsBytes = GC.GetAllocatedBytesForCurrentThread();
        var symbolsStart = Stopwatch.GetTimestamp();
        foreach (var (action, kinds) in start.SymbolActions)
        {
            foreach (var symbol in _symbols)
            {
                if (kinds.Contains(symbol.Kind))
                {
                    action(new SymbolAnalysisContext(symbol, _compilation, _options, report, supported, CancellationToken.None));
                }
            }
        }

        ticks += Stopwatch.GetTimestamp() - symbolsStart;
        bytes += GC.GetAllocatedBytesForCurrentThread() - symbolsBytes;
        Operations = operations;
        return (ticks * 1000.0 / Stopwatch.Frequency, bytes, counts);
    }

    /// <summary>Fastest of <paramref name="passes"/> passes after a warm-up one, and the bytes the fastest allocated.</summary>
    public (double Ms, double AllocatedMb, Dictionary<string, int> Counts) Measure(DiagnosticAnalyzer analyzer, int passes)
    {
        var (_, _, counts) = Run(analyzer);
        var best = double.MaxValue;
        var allocated = 0.0;
        for (var pass = 0; pass < passes; pass++)
        {
            GC.Collect();
            var (ms, bytes, _) = Run(analyzer);
            if (ms < best)
            {
                best = ms;
                allocated = bytes / (1024.0 * 1024.0);
            }
        }

        return (best, allocated, counts);
    }

    // The driver's constructor: the public one wraps isSupportedDiagnostic in a new closure per context (60 MB per pass
    // here, none of it the analyzer's).
    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Constructor)]
    private static extern OperationAnalysisContext NewOperationContext(IOperation operation, ISymbol containingSymbol, Compilation compilation,
        AnalyzerOptions options, Action<Diagnostic> reportDiagnostic, Func<Diagnostic, CancellationToken, bool> isSupportedDiagnostic,
        Func<IOperation, Microsoft.CodeAnalysis.FlowAnalysis.ControlFlowGraph>? getControlFlowGraph, Microsoft.CodeAnalysis.Text.TextSpan? filterSpan,
        bool isGeneratedCode, CancellationToken cancellationToken);

    private void Add(IOperation? root, ISymbol owner)
    {
        if (root != null)
        {
            _blocks.Add((root, owner));
        }
    }

    private sealed class Setup : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    private sealed class Start(Compilation compilation, AnalyzerOptions options) : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> OperationActions { get; } = new();

        public List<(Action<SymbolAnalysisContext> Action, ImmutableArray<SymbolKind> Kinds)> SymbolActions { get; } = new();

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => OperationActions.Add((action, operationKinds));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => SymbolActions.Add((action, symbolKinds));

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    private static NotSupportedException Unexpected() => new("SipAnalyzer registers operation and symbol callbacks only; the harness would miss this one");
}
