using Microsoft.CodeAnalysis.Testing;

namespace SipAnalyzers.Tests.Infrastructure;

/// <summary>.NET 8 reference assemblies from Basic.Reference.Assemblies: deterministic, no network at test time.</summary>
internal static class TestReferences
{
    private static readonly ReferenceAssemblies None = new("net8.0");

    public static void UseNet80(SolutionState state, AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = None;
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
    }
}
