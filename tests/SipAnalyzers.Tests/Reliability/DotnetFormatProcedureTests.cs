using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Generator;
using SipAnalyzers.Testing;
using Xunit;

namespace SipAnalyzers.Tests.Reliability;

/// <summary>
/// Fix All the way <c>dotnet format analyzers</c> drives it (its <c>AnalyzerFormatter</c> and
/// <c>SolutionCodeFixApplier</c>): for each diagnostic ID it reruns every analyzer that supports the ID (our one host
/// analyzer reports every ID), asks the ID's fixer for an action on the first diagnostic of that result, whatever its ID,
/// and hands that action's equivalence key (none when the fixer had no action for it) to Fix All in solution scope,
/// with a diagnostic provider that returns every ID. Whichever diagnostic comes first, one pass must fix every fixable
/// diagnostic, the same way.
/// </summary>
public class DotnetFormatProcedureTests
{
    /// <summary>SIP1001, SIP1002, SIP2003 (a SIP1001-like literal inside its range), SIP2010, and SIP2002 with no fix.</summary>
    private const string Source = """
        using SIPSorcery.SIP;

        namespace Acme.Dialer
        {
            public sealed class SipTransport
            {
                public event System.Action<SIPResponse> ResponseReceived;
                public void Raise(SIPResponse r) => ResponseReceived?.Invoke(r);
            }

            public sealed class CallMonitor
            {
                public int Answered, Failed, Busy;

                public CallMonitor(SipTransport transport) => transport.ResponseReceived += OnResponse;

                // Every response of the INVITE arrives here, 100 and 180 included (SIP2002, no automatic fix).
                void OnResponse(SIPResponse resp)
                {
                    if (resp.StatusCode != 200)
                    {
                        Failed++;
                    }
                }

                public int Classify(SIPResponse resp)
                {
                    if (resp.StatusCode == 486 || resp.ReasonPhrase == "Busy Everywhere")
                    {
                        Busy++;
                    }

                    if (resp.StatusCode >= 200 && resp.StatusCode < 299)
                    {
                        return 2;
                    }

                    return resp.StatusCode >= 400 && resp.StatusCode < 500 ? 4 : resp.StatusCode == 603 ? 6 : 0;
                }
            }
        }
        """;

    [Fact]
    public async Task One_pass_fixes_everything_whichever_diagnostic_comes_first()
    {
        var initial = await AnalyzeAsync(CreateDocument(Source));
        Assert.Contains(initial, d => d.Id == "SIP2002"); // the diagnostic no fixer has an action for
        var ids = initial.Select(d => d.Id).Distinct().Where(id => AnalysisRun.Fixers.Any(f => f.FixableDiagnosticIds.Contains(id))).ToList();
        Assert.True(ids.Count >= 4, string.Join(", ", ids));

        // The order of the analyzer's result is not fixed: try each diagnostic kind as the one dotnet format sees first.
        var results = new Dictionary<string, string>();
        foreach (var firstId in initial.Select(d => d.Id).Distinct())
        {
            var document = CreateDocument(Source);
            foreach (var id in ids)
            {
                document = await FixAllLikeDotnetFormatAsync(document, id, firstId);
            }

            results[firstId] = (await document.GetTextAsync()).ToString();
            var left = await FixableLeftAsync(document);
            Assert.True(left.Count == 0, $"first {firstId}: left {string.Join("; ", left)}\n{results[firstId]}");

            Assert.Contains(await AnalyzeAsync(document), d => d.Id == "SIP2002"); // left for a person to decide
            var compilation = (await document.Project.GetCompilationAsync())!;
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + results[firstId]);
        }

        Assert.Single(results.Values.Distinct());
        var text = results.Values.First();
        Assert.Contains("SipStatus.IsRequestFailure(resp.StatusCode)", text, StringComparison.Ordinal);
        Assert.Contains("SIPResponseStatusCodesEnum.BusyHere", text, StringComparison.Ordinal);
    }

    /// <summary>The IDE's Fix All with an alternative action's key applies that action only, where it is offered.</summary>
    [Fact]
    public async Task An_alternative_key_applies_only_that_action()
    {
        var document = CreateDocument(Source);
        var fixer = AnalysisRun.Fixers.OfType<SipAnalyzers.CodeFixes.Rules.SIP1001_RawStatusCodeFixer>().Single();
        var context = new FixAllContext(document, fixer, FixAllScope.Document, SipAnalyzers.CodeFixes.Rules.SIP1001_RawStatusCodeFixer.UseTwinKey,
            new[] { "SIP1001" }, new AnalysisRun.EveryDiagnostic(), CancellationToken.None);
        document = await ApplyAsync(document, await fixer.GetFixAllProvider()!.GetFixAsync(context));
        var text = (await document.GetTextAsync()).ToString();
        Assert.Contains("resp.Status == SIPResponseStatusCodesEnum.BusyHere", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(int)SIPResponseStatusCodesEnum", text, StringComparison.Ordinal);
    }

    private static async Task<Document> FixAllLikeDotnetFormatAsync(Document document, string id, string preferFirstId)
    {
        var diagnostics = await AnalyzeAsync(document);
        if (!diagnostics.Any(d => d.Id == id))
        {
            return document;
        }

        var first = diagnostics.FirstOrDefault(d => d.Id == preferFirstId) ?? diagnostics[0];
        foreach (var fixer in AnalysisRun.Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
        {
            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
            var context = new FixAllContext(document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, new[] { id }, new AnalysisRun.EveryDiagnostic(), CancellationToken.None);
            document = await ApplyAsync(document, await fixer.GetFixAllProvider()!.GetFixAsync(context));
        }

        return document;
    }

    private static async Task<Document> ApplyAsync(Document document, CodeAction? action)
    {
        if (action == null)
        {
            return document;
        }

        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation change)
            {
                return change.ChangedSolution.GetDocument(document.Id)!;
            }
        }

        return document;
    }

    /// <summary>Diagnostics some fixer still offers an action for.</summary>
    private static async Task<List<string>> FixableLeftAsync(Document document)
    {
        var left = new List<string>();
        foreach (var diagnostic in await AnalyzeAsync(document))
        {
            foreach (var fixer in AnalysisRun.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var offered = false;
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (_, _) => offered = true, CancellationToken.None));
                if (offered)
                {
                    left.Add(diagnostic.ToString());
                }
            }
        }

        return left;
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document) => AnalysisRun.EveryDiagnostic.OfDocumentAsync(document);

    private static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net80.References.All) { StackReferences.SipSorcery };
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Dialer", "Dialer", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12), metadataReferences: references));
        project = workspace.AddDocument(project.Id, SipTypesGenerator.HintName, SourceText.From(SipTypesSource.Text)).Project;
        return workspace.AddDocument(project.Id, "Dialer.cs", SourceText.From(source));
    }
}
