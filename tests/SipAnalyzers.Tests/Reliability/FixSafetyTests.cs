using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Generator;
using Xunit;
using Xunit.Abstractions;

namespace SipAnalyzers.Tests.Reliability;

/// <summary>
/// The fixes are safe to apply with <c>dotnet format</c> on a whole codebase: a generated corpus of pure functions over a
/// status code, covering every literal position and range shape the rules fix, goes through Fix All in solution scope
/// for every fix; the result compiles with no new errors or warnings and no fixable diagnostic left, and every function
/// returns what it returned before (SIP1001, SIP1005: for every input 0..999; SIP1002: for 100..699, the range the
/// predicates are defined on). The fixes that change behaviour on purpose are checked for exactly the promised change:
/// after SIP2003's fix the function tests the whole class, after SIP1004's the member is 380, after SIP2011's the call is
/// rejected with 486, and after SIP2001's the failover loop stops at the first 6xx and behaves as before otherwise.
/// </summary>
public class FixSafetyTests
{
    private readonly ITestOutputHelper _output;

    public FixSafetyTests(ITestOutputHelper output) => _output = output;

    /// <summary>(name, body over <c>SipResponse r</c>, kind): "same" = identical results after the fix, "class x00" = the full class.</summary>
    private static readonly (string Name, string Body, string Check)[] Functions = BuildFunctions();

    private static (string, string, string)[] BuildFunctions()
    {
        var list = new List<(string, string, string)>();
        var codes = new[] { 100, 180, 183, 200, 202, 302, 401, 403, 404, 407, 408, 480, 481, 486, 487, 488, 491, 500, 503, 600, 603, 604, 606, 607, 608 };
        var i = 0;
        foreach (var code in codes)
        {
            list.Add(($"Eq{i++}", $"return r.StatusCode == {code} ? 1 : 0;", "same"));
            list.Add(($"Ne{i++}", $"return r.StatusCode != {code} ? 2 : 3;", "same"));
            list.Add(($"Pattern{i++}", $"return r.StatusCode is {code} ? 4 : 5;", "same"));
            list.Add(($"Reversed{i++}", $"return {code} == r.StatusCode ? 6 : 7;", "same"));
        }

        list.Add(("Switch", "switch (r.StatusCode) { case 486: return 1; case 600: case 603: return 2; case 180: return 3; default: return 0; }", "same"));
        list.Add(("SwitchExpression", "return r.StatusCode switch { 486 => 10, 600 or 603 => 20, >= 700 => 30, _ => 40 };", "same"));
        list.Add(("OrPattern", "return r.StatusCode is 486 or 600 or 603 ? 1 : 0;", "same"));
        list.Add(("Assign", "var copy = new SipResponse(); copy.StatusCode = 486; return copy.StatusCode == r.StatusCode ? 1 : 0;", "same"));
        list.Add(("Argument", "var t = new SipTrunk(); t.Forward(603); return t.Last == r.StatusCode ? 1 : 0;", "same"));
        list.Add(("Conditional", "return (r.StatusCode > 0 ? 486 : 603) == r.StatusCode ? 1 : 0;", "same"));
        list.Add(("Http", "return r.StatusCode == (int)System.Net.HttpStatusCode.ServiceUnavailable ? 1 : 0;", "same"));
        list.Add(("HttpNotFound", "return r.StatusCode == (int)System.Net.HttpStatusCode.NotFound ? 1 : 0;", "same"));

        // SIP1002: class ranges (same results on 100..699).
        list.Add(("Success", "return r.StatusCode >= 200 && r.StatusCode < 300 ? 1 : 0;", "class"));
        list.Add(("SuccessInclusive", "return r.StatusCode >= 200 && r.StatusCode <= 299 ? 1 : 0;", "class"));
        list.Add(("Provisional", "return r.StatusCode >= 100 && r.StatusCode < 200 ? 1 : 0;", "class"));
        list.Add(("RequestFailure", "return r.StatusCode >= 400 && r.StatusCode <= 499 ? 1 : 0;", "class"));
        list.Add(("ServerFailure", "return r.StatusCode / 100 == 5 ? 1 : 0;", "class"));
        list.Add(("Global", "return r.StatusCode >= 600 && r.StatusCode < 700 ? 1 : 0;", "class"));
        list.Add(("GlobalPattern", "return r.StatusCode is >= 600 and <= 699 ? 1 : 0;", "class"));
        list.Add(("Final", "return r.StatusCode >= 200 && r.StatusCode <= 699 ? 1 : 0;", "class"));
        list.Add(("NotSuccess", "return !(r.StatusCode >= 200 && r.StatusCode < 300) ? 1 : 0;", "class"));

        // SIP2003: off-by-one bounds; the fix makes them the full class.
        list.Add(("OffByOneSuccess", "return r.StatusCode >= 200 && r.StatusCode < 299 ? 1 : 0;", "class2xx"));
        list.Add(("OffByOneRequestFailure", "return r.StatusCode >= 400 && r.StatusCode < 499 ? 1 : 0;", "class4xx"));

        // SIP1004: the enum member gets the registered value (380, not 304), and nothing else changes.
        list.Add(("AlternativeService", "return (int)PbxSipCode.AlternativeService + (r.StatusCode == (int)PbxSipCode.Ok ? 1 : 0);", "alternative380"));

        // SIP2011: rejecting an incoming call with 603 becomes 486 Busy Here; nothing else changes.
        list.Add(("RejectCall", "var t = new SipTrunk(); t.Reject(603); return t.Last + (r.StatusCode == 200 ? 1000 : 0);", "reject486"));

        // SIP2001: a failover loop stops at the first 6xx instead of trying the next gateway; nothing else changes.
        list.Add(("Failover", "var attempts = 0; foreach (var gateway in new[] { \"gw1\", \"gw2\", \"gw3\" }) { attempts++; SipTrunk.Dial(gateway, r); if (r.StatusCode != 200) continue; return attempts; } return -attempts;", "stop6xx"));
        return list.ToArray();
    }

    private static string Corpus()
    {
        var sb = new StringBuilder("""
            namespace Pbx
            {
                public class SipResponse
                {
                    public int StatusCode { get; set; }
                }

                public class SipTrunk
                {
                    public int Last { get; private set; }
                    public void Forward(int statusCode) => Last = statusCode;
                    public void Reject(int statusCode) => Last = statusCode;
                    public static void Dial(string gateway, SipResponse response) { }
                }

                public enum PbxSipCode { Ok = 200, AlternativeService = 304, BusyHere = 486, Decline = 603 }

                public static class Functions
                {

            """);
        foreach (var (name, body, _) in Functions)
        {
            sb.Append("        public static int ").Append(name).Append("(SipResponse r)\n        {\n            ").Append(body).Append("\n        }\n\n");
        }

        sb.Append("    }\n}\n");
        return sb.ToString();
    }

    [Fact]
    public async Task Fix_All_in_solution_scope_keeps_every_function_s_results()
    {
        var original = Corpus();
        var (fixedSource, applied) = await FixAllAsync(original);
        _output.WriteLine($"{applied} Fix All operations; {Functions.Length} functions");

        var before = Load(Compile(original, out _));
        var after = Load(Compile(fixedSource, out var fixedCompilation));
        var leftover = await AnalyzeAsync(fixedCompilation);
        Assert.True(leftover.IsEmpty, "fixable diagnostics left:\n" + string.Join("\n", leftover) + "\n" + fixedSource);

        var compared = 0;
        foreach (var (name, _, check) in Functions)
        {
            var (low, high) = check is "same" or "alternative380" or "stop6xx" or "reject486" ? (0, 999) : (100, 699);
            for (var code = low; code <= high; code++)
            {
                var expected = check switch
                {
                    "class2xx" => code >= 200 && code <= 299 ? 1 : 0,
                    "class4xx" => code >= 400 && code <= 499 ? 1 : 0,
                    "alternative380" => before(name, code) - 304 + 380,
                    "reject486" => before(name, code) - 603 + 486,
                    "stop6xx" when code >= 600 && code <= 699 => -1,
                    _ => before(name, code),
                };
                var actual = after(name, code);
                Assert.True(expected == actual, $"{name}({code}) was {expected}, is {actual} after the fixes:\n{fixedSource}");
                compared++;
            }
        }

        Assert.DoesNotContain("StatusCode == 486", fixedSource, StringComparison.Ordinal);
        _output.WriteLine($"{compared} results compared");
    }

    /// <summary>Every fix, Fix All in solution scope, by equivalence key, until nothing fixable is left (at most five rounds).</summary>
    private static async Task<(string Source, int Applied)> FixAllAsync(string source)
    {
        var workspace = new AdhocWorkspace();
        var compilation = Compile(source, out _, emit: false);
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Corpus", "Corpus", LanguageNames.CSharp,
            compilationOptions: compilation.Options, parseOptions: Parse, metadataReferences: compilation.References));
        project = workspace.AddDocument(project.Id, SipTypesGenerator.HintName, SourceText.From(SipTypesSource.Text)).Project;
        var document = workspace.AddDocument(project.Id, "Corpus.cs", SourceText.From(source));
        var solution = document.Project.Solution;
        var applied = 0;
        for (var round = 0; round < 5; round++)
        {
            var diagnostics = await AnalyzeAsync((CSharpCompilation)(await solution.GetProject(project.Id)!.GetCompilationAsync())!);
            if (diagnostics.IsEmpty)
            {
                break;
            }

            foreach (var fixer in AnalysisRun.Fixers)
            {
                var current = solution.GetDocument(document.Id)!;
                var fixable = (await AnalyzeAsync((CSharpCompilation)(await current.Project.GetCompilationAsync())!))
                    .Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToList();
                var keys = new HashSet<string>();
                foreach (var diagnostic in fixable)
                {
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(current, diagnostic, (a, _) => keys.Add(a.EquivalenceKey ?? string.Empty), CancellationToken.None));
                }

                foreach (var key in keys)
                {
                    current = solution.GetDocument(document.Id)!;
                    var ids = fixable.Select(d => d.Id).Distinct().ToImmutableArray();
                    var context = new FixAllContext(current, fixer, FixAllScope.Solution, key, ids, new AnalysisRun.EveryDiagnostic(), CancellationToken.None);
                    var action = await fixer.GetFixAllProvider()!.GetFixAsync(context);
                    if (action == null)
                    {
                        continue;
                    }

                    foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
                    {
                        if (operation is ApplyChangesOperation change)
                        {
                            solution = change.ChangedSolution;
                            applied++;
                        }
                    }
                }
            }
        }

        return ((await solution.GetDocument(document.Id)!.GetTextAsync()).ToString(), applied);
    }

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CSharpCompilation compilation)
    {
        var fixable = AnalysisRun.Fixers.SelectMany(f => f.FixableDiagnosticIds).ToHashSet();
        var diagnostics = await compilation.WithAnalyzers(AnalysisRun.Analyzers).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => fixable.Contains(d.Id) && d.Location.SourceTree?.FilePath == "Corpus.cs").ToImmutableArray();
    }

    /// <summary>The corpus with the generated types, compiled; errors and warnings fail the test.</summary>
    private static CSharpCompilation Compile(string source, out CSharpCompilation compilation, bool emit = true)
    {
        compilation = CSharpCompilation.Create("Corpus" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(source, Parse, path: "Corpus.cs"), CSharpSyntaxTree.ParseText(SipTypesSource.Text, Parse, path: SipTypesGenerator.HintName) },
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + source);
        return compilation;
    }

    /// <summary>Emits and loads the corpus; returns a way to call Functions.Name(new SipResponse { StatusCode = code }).</summary>
    private static Func<string, int, int> Load(CSharpCompilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
        var responseType = assembly.GetType("Pbx.SipResponse")!;
        var functions = assembly.GetType("Pbx.Functions")!;
        var statusCode = responseType.GetProperty("StatusCode")!;
        var methods = functions.GetMethods(BindingFlags.Public | BindingFlags.Static).ToDictionary(m => m.Name);
        return (name, code) =>
        {
            var response = Activator.CreateInstance(responseType)!;
            statusCode.SetValue(response, code);
            return (int)methods[name].Invoke(null, new[] { response })!;
        };
    }
}
