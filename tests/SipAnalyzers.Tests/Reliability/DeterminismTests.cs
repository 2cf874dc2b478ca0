using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Benchmarks.Corpus;
using Xunit;

namespace SipAnalyzers.Tests.Reliability;

/// <summary>
/// The same input gives the same diagnostics however the driver schedules the analyzers: 50 analyses of one corpus,
/// each on a fresh compilation with concurrent execution, several at a time, compared as sorted sets (the driver
/// decides the order, not the set).
/// </summary>
public class DeterminismTests
{
    [Fact]
    public async Task Fifty_concurrent_analyses_of_the_same_code_report_the_same_diagnostics()
    {
        var shape = CorpusGenerator.Sip(files: 6);
        var trees = shape.Documents.Select(d => CSharpSyntaxTree.ParseText(d.Text, new CSharpParseOptions(LanguageVersion.CSharp12), path: d.Name)).ToList();

        async Task<string[]> AnalyzeOnce()
        {
            var compilation = CSharpCompilation.Create("Corpus", trees, shape.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (e, a, _) => throw new InvalidOperationException(a + " threw", e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(AnalysisRun.Analyzers, options).GetAnalyzerDiagnosticsAsync();
            return diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage()} {string.Join(",", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))}")
                .Order(StringComparer.Ordinal).ToArray();
        }

        var first = await AnalyzeOnce();
        Assert.NotEmpty(first);
        for (var batch = 0; batch < 7; batch++)
        {
            var runs = await Task.WhenAll(Enumerable.Range(0, 7).Select(_ => Task.Run(AnalyzeOnce)));
            foreach (var run in runs)
            {
                Assert.Equal(first, run);
            }
        }
    }
}
