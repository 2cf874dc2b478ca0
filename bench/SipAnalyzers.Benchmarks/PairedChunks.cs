using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Benchmarks.Corpus;

namespace SipAnalyzers.Benchmarks;

/// <summary>
/// The ratio, (SipAnalyzers − baseline) / compile, measured so that this machine's drift cancels: the corpus is
/// analyzed in chunks of about 100 files (each with the support files), and for every chunk SipAnalyzers, its baseline
/// and the compile run back to back, the two analyses mirrored (A B B A, the order alternating) so a steady drift of the
/// machine's speed over those seconds cancels. A whole-corpus run pairs two 14-second analyses, and the machine's speed
/// moved by more than the difference between them (per-round ratios from −0.34 to 0.79 in one run); chunk pairs are
/// about a second apart. A round is the sum over all chunks, so it still covers the whole corpus, and
/// its diagnostic counts are asserted against the corpus's.
/// The ratio: for each chunk, the median over the rounds of its difference (SipAnalyzers − baseline) and of its compile;
/// the sums over the chunks divided. A hiccup of this shared machine hits one run of one chunk, and a per-chunk median
/// drops it, where a round's sum carries it (the median of the rounds' ratios is printed beside it).
/// </summary>
internal static class PairedChunks
{
    /// <summary>
    /// The ratio from per-chunk medians; the rounds' ratios; the medians of the rounds' CPU times and allocations.
    /// </summary>
    public sealed record Result(double ChunkMedianRatio, List<double> Ratios, double SipMs, double BaselineMs, double CompileMs, double SipMb, double BaselineMb, double CompileMb)
    {
        /// <summary>With <c>--findings</c>: (replay − baseline) / compile from per-chunk medians, what the compiler does with the findings.</summary>
        public double? FindingsInCompilerRatio { get; init; }
    }

    /// <param name="replayFindings">
    /// Also run, per chunk, the baseline that reports SipAnalyzers' recorded diagnostics (<see cref="ReplayAnalyzer"/>):
    /// it splits the ratio into the compiler's handling of the findings and the finding.
    /// </param>
    public static Result Run(CorpusCompilation corpus, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<DiagnosticAnalyzer> baseline,
        IReadOnlyDictionary<string, int> expected, int rounds, int chunkSize = 100, bool replayFindings = false, bool mirrored = true)
    {
        var chunks = Chunks(corpus, chunkSize);
        var ratios = new List<double>();
        var sip = new List<double>();
        var baseLine = new List<double>();
        var compile = new List<double>();
        var chunkDifferences = chunks.Select(_ => new List<double>()).ToList();
        var chunkCompiles = chunks.Select(_ => new List<double>()).ToList();
        var chunkReplayDifferences = chunks.Select(_ => new List<double>()).ToList();
        var replays = new DiagnosticAnalyzer?[chunks.Count];
        var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();
        var sipMb = new List<double>();
        var baselineMb = new List<double>();
        var compileMb = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            double sipMs = 0, baselineMs = 0, compileMs = 0;
            double sipBytes = 0, baselineBytes = 0, compileBytes = 0;
            var counts = new Dictionary<string, int>();
            var replayCounts = new Dictionary<string, int>();
            for (var i = 0; i < chunks.Count; i++)
            {
                // The analyses of a chunk run back to back, their order rotating with the round and the chunk: the
                // first of two analyses measured slower (heap and tiering state), so a fixed order would bias them. In
                // the warm-up round the replay waits for the SipAnalyzers run that records its findings. Mirrored
                // (A B B A, after the warm-up): each analysis runs twice and counts as its mean, so a steady drift of
                // the machine's speed over the chunk's few seconds cancels. Back to back on this machine, six rounds'
                // ratios scattered with a standard deviation of 0.021 mirrored and 0.070 in plain alternation.
                var arms = replayFindings ? 3 : 2;
                var order = Enumerable.Range(0, arms).Select(turn => (turn + round + i) % arms).ToList();
                if (round == 0 && replayFindings)
                {
                    order = new List<int> { 0, 1, 2 };
                }

                if (mirrored && round > 0)
                {
                    order.AddRange(Enumerable.Reverse(order).ToList());
                }

                var armMs = new double[arms];
                var armRuns = new int[arms];
                Dictionary<string, int>? chunkFound = null;
                foreach (var arm in order)
                {
                    var chunk = i;
                    var first = armRuns[arm]++ == 0; // findings and allocations from an analysis's first run
                    double bytes = 0;
                    switch (arm)
                    {
                        case 0:
                            armMs[0] += Cpu(corpus.Fresh(chunks[i]), c =>
                            {
                                var diagnostics = CorpusCompilation.DiagnosticsAsync(c, analyzers).GetAwaiter().GetResult();
                                var found = CorpusCompilation.Count(diagnostics);
                                if (first)
                                {
                                    Add(counts, found);
                                    chunkFound = found;
                                }
                                else
                                {
                                    CorpusCompilation.AssertExpected(found, chunkFound!, "SipAnalyzers, the chunk's second run");
                                }

                                if (replayFindings && replays[chunk] == null)
                                {
                                    replays[chunk] = new ReplayAnalyzer(diagnostics, supported);
                                }
                            }, ref bytes);
                            sipBytes += first ? bytes : 0;
                            break;
                        case 1:
                            armMs[1] += Cpu(corpus.Fresh(chunks[i]), c => CorpusCompilation.AssertExpected(
                                CorpusCompilation.CountAsync(c, baseline).GetAwaiter().GetResult(), new Dictionary<string, int>(), "baseline, one chunk"), ref bytes);
                            baselineBytes += first ? bytes : 0;
                            break;
                        default:
                            // The chunk's own findings, recorded in its first SipAnalyzers run; their counts are asserted.
                            armMs[2] += Cpu(corpus.Fresh(chunks[i]), c =>
                            {
                                var replayed = CorpusCompilation.CountAsync(c, ImmutableArray.Create(replays[chunk]!)).GetAwaiter().GetResult();
                                if (first)
                                {
                                    Add(replayCounts, replayed);
                                }
                            }, ref bytes);
                            break;
                    }
                }

                var chunkSip = armMs[0] / armRuns[0];
                var chunkBaseline = armMs[1] / armRuns[1];
                var chunkReplay = replayFindings ? armMs[2] / armRuns[2] : 0;
                if (replayFindings && round > 0)
                {
                    chunkReplayDifferences[i].Add(chunkReplay - chunkBaseline);
                }

                var chunkCompile = Cpu(corpus.Fresh(chunks[i]), c => CorpusCompilation.AssertExpected(
                    c.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()),
                    new Dictionary<string, int>(), "compiler errors, one chunk"), ref compileBytes);
                sipMs += chunkSip;
                baselineMs += chunkBaseline;
                compileMs += chunkCompile;
                if (round > 0)
                {
                    chunkDifferences[i].Add(chunkSip - chunkBaseline);
                    chunkCompiles[i].Add(chunkCompile);
                }
            }

            CorpusCompilation.AssertExpected(counts, expected, "SIP corpus in chunks");
            if (replayFindings)
            {
                CorpusCompilation.AssertExpected(replayCounts, expected, "replayed findings in chunks");
            }

            if (round == 0)
            {
                continue; // warm-up
            }

            sip.Add(sipMs);
            baseLine.Add(baselineMs);
            compile.Add(compileMs);
            sipMb.Add(sipBytes / (1024 * 1024));
            baselineMb.Add(baselineBytes / (1024 * 1024));
            compileMb.Add(compileBytes / (1024 * 1024));
            ratios.Add((sipMs - baselineMs) / compileMs);
            Console.WriteLine(FormattableString.Invariant($"  paired round {round}: SipAnalyzers {sipMs:F0} ms, baseline {baselineMs:F0} ms, compile {compileMs:F0} ms, ratio {ratios[^1]:F3}"));
        }

        var chunkMedianRatio = chunkDifferences.Sum(Statistics.Median) / chunkCompiles.Sum(Statistics.Median);
        var result = new Result(chunkMedianRatio, ratios, Statistics.Median(sip), Statistics.Median(baseLine), Statistics.Median(compile),
            Statistics.Median(sipMb), Statistics.Median(baselineMb), Statistics.Median(compileMb))
        {
            FindingsInCompilerRatio = replayFindings ? chunkReplayDifferences.Sum(Statistics.Median) / chunkCompiles.Sum(Statistics.Median) : null,
        };
        Console.WriteLine(FormattableString.Invariant(
            $"  ratio from the chunks' medians {result.ChunkMedianRatio:F3}; medians of the rounds: SipAnalyzers {result.SipMs:F0} ms ({result.SipMb:F0} MB), baseline {result.BaselineMs:F0} ms ({result.BaselineMb:F0} MB), compile {result.CompileMs:F0} ms ({result.CompileMb:F0} MB)"));
        return result;
    }

    public static string Format(IEnumerable<double> values) => string.Join(",", values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture)));

    private static double Seconds(long timestamp) => (double)timestamp / Stopwatch.Frequency;

    /// <summary>The corpus in chunks of about <paramref name="chunkSize"/> files, each with the support files.</summary>
    private static List<List<SyntaxTree>> Chunks(CorpusCompilation corpus, int chunkSize)
    {
        var support = corpus.Trees.Where(IsSupport).ToList();
        return corpus.Trees.Where(t => !IsSupport(t)).Chunk(chunkSize).Select(c => c.Concat(support).ToList()).ToList();
    }

    private static bool IsSupport(SyntaxTree tree)
        => tree.FilePath == SipAnalyzers.Generator.SipTypesGenerator.HintName || tree.FilePath == "PlainStack.cs";

    private static void Add(Dictionary<string, int> total, Dictionary<string, int> counts)
    {
        foreach (var (id, n) in counts)
        {
            total[id] = total.TryGetValue(id, out var t) ? t + n : n;
        }
    }

    /// <summary>Process CPU time of one run on a compilation created before the clock starts; its allocations are added to <paramref name="bytes"/>.</summary>
    private static double Cpu(Compilation compilation, Action<Compilation> run, ref double bytes)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = CpuClock.NowMs();
        run(compilation);
        var ms = CpuClock.NowMs() - cpu;
        bytes += GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return ms;
    }
}
