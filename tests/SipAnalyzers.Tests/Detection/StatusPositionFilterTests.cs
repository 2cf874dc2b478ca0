using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Benchmarks.Corpus;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using Xunit;

namespace SipAnalyzers.Tests.Detection;

/// <summary>
/// <see cref="StatusPosition.MayBeAt"/> lets the literal callback skip a literal before reading its value; it must
/// never skip one <see cref="StatusPosition.TryFind"/> would place.
/// </summary>
public class StatusPositionFilterTests
{
    private const string Positions = """
        using SIPSorcery.SIP;
        class Positions
        {
            const int Busy = 486;
            int status = 486;
            int Status { get; set; } = 603;
            SIPResponseStatusCodesEnum typed = (SIPResponseStatusCodesEnum)486;
            int Pick(bool b, int? maybe) => b ? 486 : maybe ?? 600;
            int Arm(int k) => k switch { 1 => 486, _ => 603 };
            void Send(int statusCode) { }
            System.Collections.Generic.IEnumerable<int> Codes() { yield return 486; }
            void M(SIPResponse resp, int code = 486)
            {
                if (resp.StatusCode == 486 || 600 <= resp.StatusCode) { }
                if (resp.StatusCode is 486 or >= 600) { }
                switch (resp.StatusCode) { case 486: break; }
                Send(486);
                status = (int)(SIPResponseStatusCodesEnum)603;
                Status = 42 + 486;
                var list = new int[486];
                var sum = code * 486;
            }
        }
        """;

    [Fact]
    public void MayBeAt_admits_every_literal_TryFind_places()
    {
        var sources = CorpusGenerator.Sip(files: 24).Documents.Select(d => d.Text).Append(Positions);
        var compilation = CSharpCompilation.Create("Positions", sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            CorpusGenerator.Sip(files: 1).References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var sip = SipCompilationContext.TryCreate(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
        Assert.NotNull(sip);
        var placed = 0;
        var skipped = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (model.GetOperation(node) is not { Kind: OperationKind.Literal } literal)
                {
                    continue;
                }

                var found = StatusPosition.TryFind(sip!, literal, model.GetEnclosingSymbol(node.SpanStart)!, out _);
                var admitted = StatusPosition.MayBeAt(literal);
                Assert.False(found && !admitted, $"MayBeAt skips a literal TryFind places: {node.Parent}");
                placed += found ? 1 : 0;
                skipped += admitted ? 0 : 1;
            }
        }

        Assert.True(placed > 100 && skipped > 100, $"{placed} literals placed, {skipped} skipped");
    }
}
