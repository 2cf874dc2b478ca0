using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace SipAnalyzers.Tests.Reliability;

/// <summary>
/// Never crash, on inputs nobody thought of: every rule-test input and the sample as written, then mutants of them
/// (<see cref="Mutations"/>) with fixed seeds and a bounded count, through the generator, every analyzer and every code
/// fix. An analyzer exception fails the test (it is not left to become an AD0001 warning), and no literal diagnostic may
/// stand on a slot whose type the compiler could not resolve. A longer session: <c>SIP_FUZZ_ITERATIONS=5000 dotnet test
/// --filter FullyQualifiedName~RobustnessTests</c> (random seeds, printed on failure).
/// </summary>
public class RobustnessTests
{
    private const int Iterations = 150;

    private static readonly string[] LiteralRules = { "SIP1001", "SIP1003", "SIP1005", "SIP1006" };

    private readonly ITestOutputHelper _output;

    public RobustnessTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Every_test_input_analyzes_without_exceptions_on_CSharp_7_3_and_latest_with_and_without_the_stacks()
    {
        var inputs = TestInputs.Sources;
        Assert.True(inputs.Count >= 60, "only " + inputs.Count + " test inputs found");
        foreach (var (source, i) in inputs.Select((s, i) => (s, i)))
        {
            foreach (var (version, withStacks) in new[] { (LanguageVersion.Latest, true), (LanguageVersion.CSharp7_3, false) })
            {
                var result = await Run(() => AnalysisRun.AnalyzeAsync(source, version, withStacks), $"input {i} on C# {version.ToDisplayString()}");
                AssertNoDiagnosticOnErrorTypes(result, $"input {i}");
            }
        }

        _output.WriteLine($"{inputs.Count} inputs, each analyzed twice");
    }

    [Fact]
    public async Task Mutated_inputs_never_crash_the_generator_the_analyzers_or_the_fixes()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("SIP_FUZZ_ITERATIONS"), out var n) ? n : Iterations;
        var random = iterations != Iterations;
        var seed = random ? PCG.ThreadPCG.Next64() : 3261UL;
        var pcg = new PCG(1, seed);
        var gen = Mutations.Of(TestInputs.Sources);
        var fixes = 0;
        var diagnostics = 0;
        for (var i = 0; i < iterations; i++)
        {
            var mutant = gen.Generate(pcg, null, out _);
            var where = $"seed {seed}, iteration {i}: {mutant}";
            var result = await Run(() => AnalysisRun.AnalyzeAsync(mutant.Source, mutant.Version, mutant.WithStacks, mutant.Kind, mutant.AllowUnsafe), where);
            AssertNoDiagnosticOnErrorTypes(result, where);
            diagnostics += result.Diagnostics.Length;
            fixes += await Run(() => AnalysisRun.ApplyEveryFixAsync(mutant.Source, result, mutant.Version), where + " (fixes)");
        }

        _output.WriteLine($"{iterations} mutants (seed {seed}): {diagnostics} diagnostics, {fixes} code actions applied");
        Assert.True(diagnostics > 0 && fixes > 0, "the mutants exercised nothing");
    }

    private static async Task<T> Run<T>(Func<Task<T>> action, string where)
    {
        try
        {
            return await action();
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException(where + "\n" + e);
        }
    }

    /// <summary>
    /// A literal rule reports only where the other side is known: a resolved type, a resolved method, or, where a type
    /// does not resolve, a member whose name says it is a status (two signals: the name and SIP code around it).
    /// </summary>
    private static void AssertNoDiagnosticOnErrorTypes(AnalysisRun.Result result, string where)
    {
        foreach (var diagnostic in result.Diagnostics.Where(d => LiteralRules.Contains(d.Id) && d.Location.IsInSource))
        {
            var tree = diagnostic.Location.SourceTree!;
            var model = result.Compilation.GetSemanticModel(tree);
            SyntaxNode node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or PrefixUnaryExpressionSyntax)
            {
                node = node.Parent;
                if (node is CastExpressionSyntax cast && model.GetTypeInfo(cast.Type).Type is { TypeKind: TypeKind.Enum })
                {
                    break; // (pjsip_status_code)701: a cast into a resolved status enum is a slot of its own
                }
            }

            if (node is CastExpressionSyntax { Type: var castType } && model.GetTypeInfo(castType).Type is { TypeKind: TypeKind.Enum })
            {
                continue;
            }

            var other = node.Parent switch
            {
                BinaryExpressionSyntax binary => binary.Left == node ? binary.Right : binary.Left,
                AssignmentExpressionSyntax assignment => assignment.Left,
                _ => null,
            };
            if (other is MemberAccessExpressionSyntax access && SipAnalyzers.Detection.SipNames.IsStrongStatusName(access.Name.Identifier.ValueText)
                && !SipAnalyzers.Detection.SipNames.HasOtherProtocolWord(access.ToString()))
            {
                continue; // an unresolved member named like a status, in SIP code (StatusSlots.IsUnresolvedStatus)
            }

            if (other != null && model.GetTypeInfo(other).Type is { TypeKind: TypeKind.Error } errorType)
            {
                throw new Xunit.Sdk.XunitException($"{where}: {diagnostic.Id} at {diagnostic.Location.GetLineSpan()} compares with '{other}' of unresolved type {errorType}");
            }

            if (node.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } && model.GetSymbolInfo(invocation).Symbol == null)
            {
                throw new Xunit.Sdk.XunitException($"{where}: {diagnostic.Id} at {diagnostic.Location.GetLineSpan()} is an argument of an unresolved call '{invocation}'");
            }
        }
    }
}
