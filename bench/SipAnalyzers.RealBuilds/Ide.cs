using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SipAnalyzers.RealBuilds;

/// <summary>
/// The IDE's case: one large SIP file of the project, changed one line at a time. After each change the editor has a new
/// compilation and asks each analyzer for the document's diagnostics; this times that request
/// (<c>CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync</c> for the document) for SipAnalyzers, MA0099 and
/// S109 in turn, after the compiler's own diagnostics for the document have bound it (the editor computes those anyway),
/// and the part of it spent in the analyzer's own callbacks (the driver's telemetry): the request also pays the driver's
/// per-compilation work, the same for every analyzer.
/// </summary>
internal static class Ide
{
    public static async Task Run(Bench bench, int edits)
    {
        foreach (var project in bench.Projects)
        {
            var compilation = InProcess.WithSeverities(InProcess.Load(bench.CommandLineFile(project)), null);
            var document = LargestSipFile(compilation);
            var analyzers = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)>
            {
                ("SipAnalyzers", ImmutableArray.Create<DiagnosticAnalyzer>(new Rules.SipAnalyzer())),
                ("MA0099", InProcess.PeerAnalyzers(InProcess.Meziantou, "MA0099")),
                ("S109", InProcess.PeerAnalyzers(InProcess.Sonar, "S109")),
            };
            var text = document.GetText();
            Console.WriteLine($"== {project.Name}: {Path.GetFileName(document.FilePath)} ({text.Lines.Count} lines), {edits} one-line edits after a warm-up");
            var times = analyzers.ToDictionary(a => a.Name, _ => new List<double>());
            var own = analyzers.ToDictionary(a => a.Name, _ => new List<double>());
            var found = new Dictionary<string, int>();
            for (var edit = 0; edit <= edits; edit++)
            {
                // A comment appended to a line further down each time: a new tree and a new compilation, as after a keystroke.
                var line = text.Lines[(text.Lines.Count / 4) + (edit * 7 % Math.Max(1, text.Lines.Count / 2))];
                var edited = document.WithChangedText(text.WithChanges(new TextChange(new TextSpan(line.End, 0), " // edit " + edit)));
                var next = compilation.ReplaceSyntaxTree(document, edited);
                var model = next.GetSemanticModel(edited);
                model.GetDiagnostics();
                for (var i = 0; i < analyzers.Count; i++)
                {
                    var (name, set) = analyzers[(i + edit) % analyzers.Count];
                    var withAnalyzers = next.WithAnalyzers(set, new CompilationWithAnalyzersOptions(
                        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                    var clock = Stopwatch.StartNew();
                    var diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None);
                    clock.Stop();
                    found[name] = diagnostics.Length;
                    if (edit > 0)
                    {
                        times[name].Add(clock.Elapsed.TotalMilliseconds);
                        var callbacks = 0.0;
                        foreach (var analyzer in set)
                        {
                            callbacks += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
                        }

                        own[name].Add(callbacks);
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("| analyzer | request, ms per edit | its callbacks, ms per edit | diagnostics in the document |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (name, values) in times)
            {
                Console.WriteLine($"| {name} | {Stats.Describe(values, "0.0")} | {Stats.Describe(own[name], "0.00")} | {found[name]} |");
            }

            Console.WriteLine();
        }
    }

    /// <summary>The longest file with "Sip" in its path, or the longest file.</summary>
    private static SyntaxTree LargestSipFile(CSharpCompilation compilation)
    {
        var trees = compilation.SyntaxTrees.OrderByDescending(t => t.GetText().Lines.Count).ToList();
        return trees.FirstOrDefault(t => t.FilePath.Contains("Sip", StringComparison.Ordinal)) ?? trees[0];
    }
}
