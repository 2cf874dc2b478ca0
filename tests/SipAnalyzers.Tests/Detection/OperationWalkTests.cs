using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Benchmarks.Corpus;
using SipAnalyzers.Detection;
using Xunit;

namespace SipAnalyzers.Tests.Detection;

/// <summary>
/// <see cref="OperationWalk"/> replaces Roslyn's <c>Descendants()</c> in the rules (first send of a loop, loop facts,
/// status conditions): same operations, same order, so "the first send" stays the first.
/// </summary>
public class OperationWalkTests
{
    [Fact]
    public void Walks_every_body_of_the_corpus_in_the_order_of_Descendants()
    {
        var corpus = CorpusGenerator.Sip(files: 12);
        var compilation = CSharpCompilation.Create("Walk", corpus.Documents.Select(d => CSharpSyntaxTree.ParseText(d.Text)), corpus.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var bodies = 0;
        var operations = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
            {
                if (model.GetOperation(method) is not { } body)
                {
                    continue;
                }

                bodies++;
                var expected = body.Descendants().ToList();
                var walked = new List<IOperation>();
                foreach (var operation in OperationWalk.Descendants(body))
                {
                    walked.Add(operation);
                }

                Assert.Equal(expected, walked);
                Assert.Equal(body.DescendantsAndSelf().ToList(), Collect(OperationWalk.DescendantsAndSelf(body)));
                operations += walked.Count;
            }
        }

        Assert.True(bodies > 100 && operations > 10_000, $"{bodies} bodies, {operations} operations");
    }

    [Fact]
    public void A_walk_nested_in_another_and_one_left_early_do_not_disturb_each_other()
    {
        var compilation = CSharpCompilation.Create("Nested", new[] { CSharpSyntaxTree.ParseText("""
            class C
            {
                int M(int a, int b) { if (a > b) { return a + b * 2; } return M(b, a) - 1; }
            }
            """) }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var tree = compilation.SyntaxTrees[0];
        var body = compilation.GetSemanticModel(tree).GetOperation(tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single())!;

        // Leave a walk early (its stack goes back to the thread), then walk again: the second walk starts clean.
        foreach (var operation in OperationWalk.Descendants(body))
        {
            if (operation is IBinaryOperation)
            {
                break;
            }
        }

        var pairs = new List<(IOperation, IOperation)>();
        foreach (var outer in OperationWalk.Descendants(body))
        {
            foreach (var inner in OperationWalk.DescendantsAndSelf(outer))
            {
                pairs.Add((outer, inner));
            }
        }

        var expected = body.Descendants().SelectMany(o => o.DescendantsAndSelf().Select(i => (o, i))).ToList();
        Assert.Equal(expected, pairs);
        Assert.Equal(body.Descendants().ToList(), Collect(OperationWalk.Descendants(body)));
    }

    private static List<IOperation> Collect(OperationWalk.Walk walk)
    {
        var list = new List<IOperation>();
        foreach (var operation in walk)
        {
            list.Add(operation);
        }

        return list;
    }
}
