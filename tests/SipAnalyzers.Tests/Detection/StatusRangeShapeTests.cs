using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Benchmarks.Corpus;
using SipAnalyzers.Detection;
using Xunit;

namespace SipAnalyzers.Tests.Detection;

/// <summary>
/// <see cref="StatusRange.IsRange"/> answers "would the builder build this?" without allocating (every inner comparison
/// of a range asks it of its parent). It must agree with <see cref="StatusRange.TryBuild"/> on every condition.
/// </summary>
public class StatusRangeShapeTests
{
    private const string EdgeCases = """
        using System;
        class Edges
        {
            const int Ok = 200; const long Big = 300L; const short Small = 100;
            int code; long wide; int? maybe; string text = "";
            int Get() => 0;
            void M(int other, object boxed)
            {
                bool b;
                b = code >= 200 && code < 300;
                b = 200 <= code && 300 > code;
                b = code >= 200 && other < 300;
                b = code / 100 == 2;
                b = 2 == code / 100;
                b = code / 10 == 20 && code < 300;
                b = code / 100 != 6 || code == 486;
                b = !(code >= 400) || code == 600;
                b = code is >= 200 and < 300;
                b = code is >= 200 and < 300 && code != 204;
                b = other is 5 && code >= 200;
                b = code >= Ok && code < Big;
                b = wide >= 200L && wide < 300;
                b = wide >= Small && wide <= 199;
                b = maybe >= 200 && maybe < 300;
                b = Get() >= 200 && Get() < 300;
                b = code >= 200 && text.Length < 5;
                b = code == 200 || code == 202;
                b = 200 == 300 || code >= 200;
                b = code > 1.5 && code < 300;
                b = boxed is int and > 200;
                b = boxed is null || code >= 500;
                b = code >= 200 & code < 300;
                b = (code >= 200) == true;
                b = code is not (>= 200 and <= 299) || code is 486 or 600;
            }
        }
        """;

    public static IEnumerable<object[]> Sources()
    {
        yield return new object[] { "edge cases", new[] { EdgeCases } };
        yield return new object[] { "SIP corpus", CorpusGenerator.Sip(files: 24).Documents.Select(d => d.Text).ToArray() };
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void IsRange_agrees_with_the_builder_on_every_condition(string what, string[] sources)
    {
        var references = CorpusGenerator.Sip(files: 1).References;
        var compilation = CSharpCompilation.Create("Shapes", sources.Select(s => CSharpSyntaxTree.ParseText(s)), references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var conditions = 0;
        var ranges = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (model.GetOperation(node) is not { Kind: OperationKind.Binary or OperationKind.Unary or OperationKind.IsPattern } operation
                    || operation.Syntax != node)
                {
                    continue;
                }

                conditions++;
                var built = StatusRange.TryBuild(operation, requirePureOperand: false) != null;
                ranges += built ? 1 : 0;
                Assert.True(built == StatusRange.IsRange(operation), $"{what}: IsRange says {!built}, the builder {built}: {node}");
            }
        }

        Assert.True(ranges > 10 && conditions > ranges, $"{what}: {ranges} ranges among {conditions} conditions");
    }
}
