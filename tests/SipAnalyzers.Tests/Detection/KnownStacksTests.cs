using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SipAnalyzers.Detection;
using Xunit;

namespace SipAnalyzers.Tests.Detection;

/// <summary>
/// The stacks' int status members are recognized by name (<see cref="KnownStacks.IsIntStatusMember"/>), no longer
/// resolved with <c>GetTypeByMetadataName</c> in every compilation: on the stacks' own types both must find the same
/// members, and look-alike types (another namespace, a nested type, the global namespace) must not match.
/// </summary>
public class KnownStacksTests
{
    private const string LookAlikes = """
        namespace Other.pjsua2 { public class CallInfo { public int lastStatusCode; } }
        namespace pjsua2x { public class CallInfo { public int lastStatusCode; } }
        namespace xpjsua2 { public class CallInfo { public int lastStatusCode; } }
        namespace pjsua2 { public class Outer { public class CallInfo { public int lastStatusCode; } } }
        namespace SIPSorcery { public class SIPResponse { public int StatusCode { get; set; } } }
        public class CallInfo { public int lastStatusCode; }
        """;

    [Fact]
    public void Names_find_exactly_the_members_the_metadata_lookup_finds()
    {
        var stubs = string.Join("\n", KnownStacks.IntStatusMembers.GroupBy(m => m.Type).Select(type =>
        {
            var dot = type.Key.LastIndexOf('.');
            var members = string.Join(" ", type.Select(m => "public int " + m.Member + ";"));
            // A parameter with a member's name, and a longer name, in the stack's own type: neither is the member.
            var first = type.First().Member;
            return $"namespace {type.Key[..dot]} {{ public class {type.Key[(dot + 1)..]} {{ {members} public int {first}Text; public void Set(int {first}) {{ }} }} }}";
        }));
        var compilation = CSharpCompilation.Create("Stacks", new[] { CSharpSyntaxTree.ParseText(stubs + "\n" + LookAlikes) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var expected = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var (type, member, _) in KnownStacks.IntStatusMembers)
        {
            expected.UnionWith(compilation.GetTypeByMetadataName(type)!.GetMembers(member));
        }

        var found = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var symbol in AllMembers(compilation.GlobalNamespace))
        {
            if (KnownStacks.IsIntStatusMember(symbol, out var enumName))
            {
                found.Add(symbol);
                var entry = KnownStacks.IntStatusMembers.Single(m => m.Member == symbol.Name && symbol.ContainingType.ToDisplayString() == m.Type);
                Assert.Equal(entry.Enum, enumName);
            }
        }

        Assert.Equal(KnownStacks.IntStatusMembers.Length, expected.Count);
        Assert.True(expected.SetEquals(found), "found by name: " + string.Join(", ", found.Select(s => s.ToDisplayString())));
    }

    [Theory]
    [InlineData("pjsua2.CallInfo", "pjsua2.CallInfo", true)]
    [InlineData("pjsua2.CallInfo", "CallInfo", false)]
    [InlineData("pjsua2.CallInfo", "a.pjsua2.CallInfo", false)]
    [InlineData("a.pjsua2.CallInfo", "pjsua2.CallInfo", false)]
    [InlineData("a.b.CallInfo", "a.b.CallInfo", true)]
    [InlineData("a.b.CallInfo", "ab.CallInfo", false)]
    [InlineData("ab.CallInfo", "a.b.CallInfo", false)]
    [InlineData("CallInfo", "CallInfo", true)]
    [InlineData("CallInfo", "xCallInfo", false)]
    public void HasMetadataName_compares_every_segment(string declared, string asked, bool expected)
    {
        var dot = declared.LastIndexOf('.');
        var source = dot < 0 ? $"class {declared} {{ }}" : $"namespace {declared[..dot]} {{ class {declared[(dot + 1)..]} {{ }} }}";
        var compilation = CSharpCompilation.Create("Names", new[] { CSharpSyntaxTree.ParseText(source) });
        var type = compilation.GetTypeByMetadataName(declared)!;
        Assert.Equal(expected, KnownStacks.HasMetadataName(type, asked));
    }

    private static IEnumerable<ISymbol> AllMembers(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            yield return member;
            if (member is INamespaceOrTypeSymbol inner)
            {
                foreach (var nested in AllMembers(inner))
                {
                    yield return nested;
                }
            }
        }

        if (container is INamedTypeSymbol { } type)
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                foreach (var parameter in method.Parameters)
                {
                    yield return parameter;
                }
            }
        }
    }
}
