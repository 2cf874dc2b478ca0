using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.DocGen;

namespace SipAnalyzers.Tests.Reliability;

/// <summary>
/// Every C# input the rule tests use (the raw string literals of tests/SipAnalyzers.Tests/Rules, read with Roslyn, so a
/// new test adds a new fuzz seed), the sample's sources and the test stubs, with the testing markup removed.
/// </summary>
internal static class TestInputs
{
    private static readonly Lazy<IReadOnlyList<string>> All = new(Load);

    public static IReadOnlyList<string> Sources => All.Value;

    private static IReadOnlyList<string> Load()
    {
        var root = DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);
        var inputs = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "tests", "SipAnalyzers.Tests", "Rules"), "*.cs").Order(StringComparer.Ordinal))
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            foreach (var literal in tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && literal.Token.ValueText is var text
                    && (text.Contains("class ", StringComparison.Ordinal) || text.Contains("namespace ", StringComparison.Ordinal)))
                {
                    inputs.Add(WithoutMarkup(text));
                }
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(root, "samples", "SipAnalyzers.Sample"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("\\obj\\", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            inputs.Add(File.ReadAllText(file));
        }

        return inputs;
    }

    /// <summary><c>{|#0:continue;|}</c> and <c>{|SIP1001:486|}</c> back to the code they mark.</summary>
    private static string WithoutMarkup(string text)
        => System.Text.RegularExpressions.Regex.Replace(text, @"\{\|(?:#\d+|[A-Z]+\d+):(.*?)\|\}", "$1", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);
}
