using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Benchmarks.Corpus;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Benchmarks;

/// <summary>
/// The benchmark asserts exact diagnostic counts on its generated corpora; this runs the same generator at a small
/// size so those expectations cannot drift from the analyzers without a failing test.
/// </summary>
public class CorpusTests
{
    private static async Task<Dictionary<string, int>> AnalyzeAsync(CorpusShape shape)
    {
        var trees = shape.Documents.Select(d => CSharpSyntaxTree.ParseText(d.Text, new CSharpParseOptions(LanguageVersion.CSharp12), path: d.Name));
        var compilation = CSharpCompilation.Create("Corpus", trees, shape.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));

        var analyzers = SipTest.AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (e, a, _) => throw new InvalidOperationException(a + " threw", e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
    }

    [Fact]
    public async Task Sip_corpus_reports_exactly_the_expected_diagnostics()
    {
        var shape = CorpusGenerator.Sip(files: 24);
        Assert.True(shape.ExpectedTotal > 0);
        Assert.Equal(shape.Expected.OrderBy(e => e.Key), (await AnalyzeAsync(shape)).OrderBy(e => e.Key));
    }

    [Fact]
    public async Task Clean_sip_corpus_the_fixed_code_reports_nothing()
        => Assert.Empty(await AnalyzeAsync(CorpusGenerator.CleanSip(files: 24)));

    [Fact]
    public async Task Non_sip_corpus_reports_nothing()
        => Assert.Empty(await AnalyzeAsync(CorpusGenerator.NonSip(files: 24)));

    [Fact]
    public async Task Single_document_reports_exactly_the_expected_diagnostics()
    {
        var shape = CorpusGenerator.SingleDocument(lines: 600);
        Assert.Equal(shape.Expected.OrderBy(e => e.Key), (await AnalyzeAsync(shape)).OrderBy(e => e.Key));
    }

    [Fact]
    public void Corpus_generation_is_deterministic()
        => Assert.Equal(CorpusGenerator.Sip(files: 5).Documents, CorpusGenerator.Sip(files: 5).Documents);
}

/// <summary>The benchmark's no-op baseline must register the operation kinds the analyzers register, or the ratio lies.</summary>
public class BaselineKindsTests
{
    private static readonly string Root = SipAnalyzers.DocGen.DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);

    private static SortedSet<string> Kinds(string text)
        => new(System.Text.RegularExpressions.Regex.Matches(text, @"OperationKind\.(\w+)").Select(m => m.Groups[1].Value));

    [Fact]
    public void No_op_baseline_registers_the_same_operation_kinds_as_the_analyzers()
    {
        var registered = new SortedSet<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "src", "SipAnalyzers", "Rules"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (System.Text.RegularExpressions.Match call in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"RegisterOperationAction\([^;]*;"))
            {
                registered.UnionWith(Kinds(call.Value));
            }
        }

        var baseline = File.ReadAllText(Path.Combine(Root, "bench", "SipAnalyzers.Benchmarks", "Corpus", "CorpusCompilation.cs"));
        var listed = baseline[baseline.IndexOf("RegisteredKinds =", StringComparison.Ordinal)..];
        Assert.Equal(registered, Kinds(listed[..listed.IndexOf("};", StringComparison.Ordinal)]));
    }
}
