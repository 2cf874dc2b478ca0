using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Benchmarks;
using SipAnalyzers.Benchmarks.Corpus;

// dotnet run -c Release --project bench/SipAnalyzers.Benchmarks -- --quick      the ratios: SIP corpus in mirrored chunk pairs (a warm-up round, then 6), non-SIP corpus,
//                                                       one document and the generator in rounds, telemetry (about 8 minutes on 2 cores)
//                                                       ... -- --quick 3             3 rounds instead of 6
//                                                       ... -- --quick --findings    also a baseline replaying SipAnalyzers' findings: the compiler's share of the ratio
//                                                       ... -- --quick --all         also the clean corpus's chunk pairs and every corpus as whole-corpus runs (about 20 minutes)
//                                                       ... -- --quick 3 --filter NonSip   only the round benchmarks whose name contains NonSip ("Paired": only the chunk pairs)
//                                                       ... -- --telemetry 5           only the driver's telemetry, fastest of 5 passes
//                                                       ... -- --telemetry 2 --concurrent  the same with the driver's concurrent analysis, as in a build
//                                                       ... -- --telemetry 2 --unprepared  without binding references and declarations first (the first analyzer pays)
//                                                       ... -- --default-gc            any mode with the runtime's default GC settings
// dotnet run -c Release --project bench/SipAnalyzers.Benchmarks                 full BenchmarkDotNet run (about 17 minutes on 2 cores)
// dotnet run -c Release --project bench/SipAnalyzers.Benchmarks -- --write-corpus DIR   the SIP corpus as a project, for -p:ReportAnalyzer=true
// Quick mode also keeps each run's CPU time less its GC pauses under this suffix (see the GC settings below).
const string MutatorSuffix = "/without-gc";
const string WallSuffix = "_WallClock"; // the single document's rows: wall-clock milliseconds
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// The collector is the largest noise between two analyses of the same corpus (a background or a gen2 collection
// landing in one run and not the other moved a 17-second analysis by a second). The benchmark runs itself again with
// non-concurrent collections and a 256 MB gen0 budget, so a few collections are spread evenly over every run; the
// analyzers' own allocations are reported beside the times. --default-gc keeps the runtime's defaults.
if (Environment.GetEnvironmentVariable("SIPANALYZERS_BENCH_GC") == null && !args.Contains("--default-gc") && !args.Contains("--write-corpus"))
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
    {
        start.ArgumentList.Add(typeof(AnalyzerBenchmarks).Assembly.Location);
    }

    foreach (var arg in args)
    {
        start.ArgumentList.Add(arg);
    }

    start.Environment["DOTNET_gcConcurrent"] = "0";
    start.Environment["DOTNET_GCgen0size"] = "0x10000000";
    start.Environment["SIPANALYZERS_BENCH_GC"] = "gcConcurrent=0 GCgen0size=256MB";
    using var child = Process.Start(start)!;
    child.WaitForExit();
    return child.ExitCode;
}

Console.WriteLine("GC settings: " + (Environment.GetEnvironmentVariable("SIPANALYZERS_BENCH_GC") ?? "runtime defaults"));
Console.WriteLine("CPU clock: " + CpuClock.Source);
var writeAt = Array.IndexOf(args, "--write-corpus");
if (writeAt >= 0)
{
    return WriteCorpus(args.Length > writeAt + 1 ? args[writeAt + 1] : "corpus");
}

Console.WriteLine("SIP corpus:     " + AnalyzerBenchmarks.SipCorpus.Shape.Describe());
Console.WriteLine("clean corpus:   " + AnalyzerBenchmarks.CleanSipCorpus.Shape.Describe());
Console.WriteLine("non-SIP corpus: " + AnalyzerBenchmarks.NonSipCorpus.Shape.Describe());
Console.WriteLine("one document:   " + AnalyzerBenchmarks.SingleDocument.Shape.Describe());

var telemetryAt = Array.IndexOf(args, "--telemetry");
if (telemetryAt >= 0)
{
    await PerRuleShare(args.Length > telemetryAt + 1 && int.TryParse(args[telemetryAt + 1], out var passes) ? passes : 1, args.Contains("--concurrent"), prepared: !args.Contains("--unprepared"));
    return 0;
}

Dictionary<string, double> means; // benchmark method name -> mean milliseconds
Dictionary<string, double> allocations = new();
Dictionary<string, List<double>>? rounds = null; // quick mode: benchmark method name -> CPU ms per round, in round order
PairedChunks.Result? sipPaired = null, cleanPaired = null; // quick mode: the ratios from chunk pairs
double? singleDocumentMs = null; // quick mode: the median difference of the single document's pairs
if (args.Contains("--quick"))
{
    var count = args.SkipWhile(a => a != "--quick").Skip(1).FirstOrDefault();
    var filterAt = Array.IndexOf(args, "--filter");
    var filter = filterAt >= 0 && args.Length > filterAt + 1 ? args[filterAt + 1] : null;
    rounds = new Dictionary<string, List<double>>();
    var iterations = int.TryParse(count, out var n) ? n : 6;
    var all = args.Contains("--all");
    means = Quick(iterations, filter, all, allocations, rounds);
    if (filter == null || "SingleDocument".Contains(filter, StringComparison.OrdinalIgnoreCase))
    {
        singleDocumentMs = SingleDocumentPairs(30, means, allocations);
    }

    if (filter == null || "Paired".Contains(filter, StringComparison.OrdinalIgnoreCase))
    {
        const bool mirrored = true;
        Console.WriteLine("SIP corpus in chunks of 100 files, SipAnalyzers / no-op baseline / compile back to back"
            + (mirrored ? ", the analyses mirrored (A B B A):" : ":"));
        sipPaired = PairedChunks.Run(AnalyzerBenchmarks.SipCorpus, CorpusCompilation.SipAnalyzers, AnalyzerBenchmarks.NoOpAnalyzers,
            CorpusCompilation.Reported(AnalyzerBenchmarks.SipCorpus.Shape.Expected), iterations, replayFindings: args.Contains("--findings"), mirrored: mirrored);
        AddPaired(means, allocations, "SipCorpus", sipPaired);
        if (all)
        {
            Console.WriteLine("clean SIP corpus, the same:");
            cleanPaired = PairedChunks.Run(AnalyzerBenchmarks.CleanSipCorpus, CorpusCompilation.SipAnalyzers, AnalyzerBenchmarks.NoOpAnalyzers,
                new Dictionary<string, int>(), iterations, mirrored: mirrored);
            AddPaired(means, allocations, "CleanSipCorpus", cleanPaired);
        }
    }
}
else
{
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1).WithInvocationCount(1).WithUnrollFactor(1))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    var summary = BenchmarkRunner.Run<AnalyzerBenchmarks>(config, args);
    means = summary.Reports.Where(r => r.ResultStatistics != null)
        .ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, r => r.ResultStatistics!.Mean / 1e6);
    allocations = summary.Reports.Where(r => r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) is not null)
        .ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, r => (double)r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase)!.Value / (1024 * 1024));
}

Report(means, allocations, args.Contains("--quick") ? "CPU median (ms)" : "Mean (ms)");
// The telemetry and the direct callbacks ran on the whole corpus: their ratios take a whole-corpus compile.
var wholeCompileMs = WholeCompileMs(2);
var callbacksMs = await PerRuleShare(2);
Ratios(means, rounds, callbacksMs / wholeCompileMs, sipPaired, cleanPaired, singleDocumentMs);
return 0;

// The IDE case: one 5,000-line document analyzed alone, SipAnalyzers, the no-op baseline and the binding side by side
// in alternating order, each on a fresh compilation; the wall clock of these single-threaded runs (process CPU time
// includes the runtime's background JIT, as large as the difference measured). The
// table gets each one's median, single_document_ms the median of the pairs' differences.
static double SingleDocumentPairs(int pairs, Dictionary<string, double> ms, Dictionary<string, double> mb)
{
    var bench = new AnalyzerBenchmarks();
    var runs = new (string Name, Func<int> Run)[]
    {
        (nameof(AnalyzerBenchmarks.SipAnalyzers_SingleDocument), bench.SipAnalyzers_SingleDocument),
        (nameof(AnalyzerBenchmarks.NoOpAnalyzer_SingleDocument), bench.NoOpAnalyzer_SingleDocument),
        (nameof(AnalyzerBenchmarks.Compiler_SingleDocument), bench.Compiler_SingleDocument),
    };
    var wall = runs.ToDictionary(r => r.Name, _ => new List<double>());
    var allocated = runs.ToDictionary(r => r.Name, _ => new List<double>());
    for (var pair = 0; pair <= pairs; pair++)
    {
        var order = pair % 2 == 0 ? runs : new[] { runs[1], runs[0], runs[2] };
        foreach (var (name, run) in order)
        {
            bench.FreshSingle();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            run();
            watch.Stop();
            if (pair > 0)
            {
                wall[name].Add(watch.Elapsed.TotalMilliseconds);
                allocated[name].Add((GC.GetTotalAllocatedBytes(precise: true) - bytes) / (1024.0 * 1024.0));
            }
        }
    }

    foreach (var (name, _) in runs)
    {
        ms[name + WallSuffix] = Statistics.Median(wall[name]);
        mb[name + WallSuffix] = Statistics.Median(allocated[name]);
    }

    var differences = wall[runs[0].Name].Select((v, i) => v - wall[runs[1].Name][i]).ToList();
    var difference = Statistics.Median(differences);
    Console.WriteLine(FormattableString.Invariant(
        $"one document, {pairs} pairs (wall ms): SipAnalyzers {ms[runs[0].Name + WallSuffix]:F1}, no-op {ms[runs[1].Name + WallSuffix]:F1}, binding {ms[runs[2].Name + WallSuffix]:F1}; median difference {difference:F1} (quartiles {Statistics.Quartile(differences, 1):F1} / {Statistics.Quartile(differences, 3):F1})"));
    return difference;
}

// The chunk pairs' sums (medians of the rounds) as the table's rows for that corpus, beside any whole-corpus rows.
static void AddPaired(Dictionary<string, double> ms, Dictionary<string, double> mb, string corpus, PairedChunks.Result paired)
{
    foreach (var (what, cpu, allocated) in new[]
    {
        ("Compiler", paired.CompileMs, paired.CompileMb), ("NoOpAnalyzer", paired.BaselineMs, paired.BaselineMb), ("SipAnalyzers", paired.SipMs, paired.SipMb),
    })
    {
        ms[$"{what}_{corpus}_InChunkPairs"] = cpu;
        mb[$"{what}_{corpus}_InChunkPairs"] = allocated;
    }
}

static Dictionary<string, double> Quick(int iterations, string? filter, bool all, Dictionary<string, double> allocatedMb, Dictionary<string, List<double>> rounds)
{
    var bench = new AnalyzerBenchmarks();
    var runs = new (string Name, Action Setup, Func<int> Run)[]
    {
        (nameof(AnalyzerBenchmarks.SipAnalyzers_SipCorpus), bench.FreshSip, bench.SipAnalyzers_SipCorpus),
        (nameof(AnalyzerBenchmarks.NoOpAnalyzer_SipCorpus), bench.FreshSip, bench.NoOpAnalyzer_SipCorpus),
        (nameof(AnalyzerBenchmarks.Compiler_SipCorpus), bench.FreshSip, bench.Compiler_SipCorpus),
        (nameof(AnalyzerBenchmarks.SipAnalyzers_CleanSipCorpus), bench.FreshCleanSip, bench.SipAnalyzers_CleanSipCorpus),
        (nameof(AnalyzerBenchmarks.NoOpAnalyzer_CleanSipCorpus), bench.FreshCleanSip, bench.NoOpAnalyzer_CleanSipCorpus),
        (nameof(AnalyzerBenchmarks.Compiler_CleanSipCorpus), bench.FreshCleanSip, bench.Compiler_CleanSipCorpus),
        (nameof(AnalyzerBenchmarks.SipAnalyzers_NonSipCorpus), bench.FreshNonSip, bench.SipAnalyzers_NonSipCorpus),
        (nameof(AnalyzerBenchmarks.EmptyAnalyzer_NonSipCorpus), bench.FreshNonSip, bench.EmptyAnalyzer_NonSipCorpus),
        (nameof(AnalyzerBenchmarks.Compiler_NonSipCorpus), bench.FreshNonSip, bench.Compiler_NonSipCorpus),
        (nameof(AnalyzerBenchmarks.Generator_FirstRun), bench.FreshSip, bench.Generator_FirstRun),
        (nameof(AnalyzerBenchmarks.Generator_AfterOneLineEdit), bench.WarmGenerator, bench.Generator_AfterOneLineEdit),
    };

    // Rounds, not one benchmark after the other: a whole warm-up round first (the runtime keeps re-compiling the
    // compiler's hot code for a while, and whichever benchmark ran first paid for it: a run registering two no-op
    // callbacks measured 2 s slower than the no-op baseline registering twelve), then each round runs every benchmark
    // once, so drift on this shared machine spreads over all of them. The process's CPU time is the measure: the
    // wall clock also counts the time other processes held the cores.
    // The SIP and clean corpora's ratios come from chunk pairs; their whole-corpus runs (14 s apart, so noise for a
    // ratio, and two thirds of the time) only with --all.
    var selected = runs.Where(r => filter == null || r.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
        .Where(r => all || !(r.Name.EndsWith("_SipCorpus", StringComparison.Ordinal) || r.Name.EndsWith("_CleanSipCorpus", StringComparison.Ordinal)))
        .ToList();
    var samples = selected.ToDictionary(r => r.Name, _ => (Cpu: new List<double>(), Wall: new List<double>(), Mb: new List<double>(), Pause: new List<double>(), Gen2: new List<double>()));
    for (var round = 0; round <= Math.Max(iterations, 0); round++)
    {
        // Odd rounds run each baseline before its SipAnalyzers run: whichever of two back-to-back analyses runs first
        // measured up to 2 s slower (heap and tiering state), so a fixed order would bias the difference.
        var order = new List<(string Name, Action Setup, Func<int> Run)>(selected);
        for (var i = 0; round % 2 == 1 && i + 1 < order.Count; i++)
        {
            if (order[i].Name.StartsWith("SipAnalyzers_", StringComparison.Ordinal) && !order[i + 1].Name.StartsWith("Compiler_", StringComparison.Ordinal))
            {
                (order[i], order[i + 1]) = (order[i + 1], order[i]);
                i++;
            }
        }

        foreach (var (name, setup, run) in order)
        {
            setup();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu = CpuClock.NowMs();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var pause = GC.GetTotalPauseDuration();
            var gen2 = GC.CollectionCount(2);
            var watch = Stopwatch.StartNew();
            run();
            if (round > 0 || iterations == 0)
            {
                samples[name].Cpu.Add(CpuClock.NowMs() - cpu);
                samples[name].Wall.Add(watch.Elapsed.TotalMilliseconds);
                samples[name].Mb.Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024.0));
                samples[name].Pause.Add((GC.GetTotalPauseDuration() - pause).TotalMilliseconds);
                samples[name].Gen2.Add(GC.CollectionCount(2) - gen2);
            }
        }
    }

    var result = new Dictionary<string, double>();
    foreach (var (name, (cpuTimes, walls, mb, pauses, gen2s)) in samples)
    {
        rounds[name] = new List<double>(cpuTimes);
        rounds[name + MutatorSuffix] = cpuTimes.Select((c, i) => c - pauses[i]).ToList();
        result[name] = Statistics.Median(cpuTimes);
        allocatedMb[name] = Statistics.Median(mb);
        Console.WriteLine($"  {name}: median CPU {result[name]:F1} ms (wall {Statistics.Median(walls):F1} ms, {allocatedMb[name]:F0} MB allocated, "
            + $"GC pauses {Statistics.Median(pauses):F0} ms, gen2 collections {string.Join("/", gen2s)})");
    }

    return result;
}

static void Report(Dictionary<string, double> ms, Dictionary<string, double> mb, string unit)
{
    Console.WriteLine();
    Console.WriteLine($"| Benchmark | {unit} | Allocated (MB) |");
    Console.WriteLine("|---|---:|---:|");
    foreach (var (name, value) in ms.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"| {name} | {value:F1} | {(mb.TryGetValue(name, out var a) ? a.ToString("F1", CultureInfo.InvariantCulture) : "-")} |");
    }
}

// The ratios last, as plain lines. The SIP (and with --all the clean) corpus's from chunk pairs; the others from the
// rounds, where each SipAnalyzers run sits beside its baseline, so the ratio is taken per round and the median of
// those printed (drift on this shared machine cancels within a round); the rounds' values follow, so the spread shows.
static void Ratios(Dictionary<string, double> ms, Dictionary<string, List<double>>? rounds, double callbacksRatio, PairedChunks.Result? sipPaired, PairedChunks.Result? cleanPaired, double? singleDocumentMs)
{
    double M(string name) => ms.TryGetValue(name, out var v) ? v : double.NaN;
    double Ratio(string analyzers, string baseline, string compiler, out string perRound)
    {
        perRound = string.Empty;
        if (rounds == null || !rounds.TryGetValue(analyzers, out var a) || !rounds.TryGetValue(baseline, out var b) || !rounds.TryGetValue(compiler, out var c))
        {
            return (M(analyzers) - M(baseline)) / M(compiler);
        }

        var values = a.Select((_, i) => (a[i] - b[i]) / c[i]).ToList();
        perRound = string.Join(",", values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture)));
        return Statistics.Median(values);
    }

    Console.WriteLine();
    var sip = Ratio("SipAnalyzers_SipCorpus", "NoOpAnalyzer_SipCorpus", "Compiler_SipCorpus", out var sipRounds);
    var sipMutator = Ratio("SipAnalyzers_SipCorpus" + MutatorSuffix, "NoOpAnalyzer_SipCorpus" + MutatorSuffix, "Compiler_SipCorpus" + MutatorSuffix, out var sipMutatorRounds);
    var clean = Ratio("SipAnalyzers_CleanSipCorpus", "NoOpAnalyzer_CleanSipCorpus", "Compiler_CleanSipCorpus", out var cleanRounds);
    var nonSip = Ratio("SipAnalyzers_NonSipCorpus", "EmptyAnalyzer_NonSipCorpus", "Compiler_NonSipCorpus", out var nonSipRounds);
    var single = singleDocumentMs ?? M("SipAnalyzers_SingleDocument") - M("NoOpAnalyzer_SingleDocument");
    var bind = singleDocumentMs != null ? M("Compiler_SingleDocument" + WallSuffix) : M("Compiler_SingleDocument");
    // With chunk pairs (quick mode), they give the two corpus ratios: pairs a second apart, not fourteen.
    Console.WriteLine(FormattableString.Invariant($"ratio_sip_corpus={(sipPaired != null ? sipPaired.ChunkMedianRatio : sip):F3}"));
    if (cleanPaired != null || !double.IsNaN(clean))
    {
        Console.WriteLine(FormattableString.Invariant($"ratio_clean_sip_corpus={(cleanPaired != null ? cleanPaired.ChunkMedianRatio : clean):F3}"));
    }

    Console.WriteLine(FormattableString.Invariant($"ratio_non_sip_corpus={nonSip:F4}"));
    Console.WriteLine(FormattableString.Invariant($"single_document_ms={single:F1}"));
    Console.WriteLine(FormattableString.Invariant($"single_document_bind_ms={bind:F1}"));
    Console.WriteLine(FormattableString.Invariant($"generator_first_run_ms={M("Generator_FirstRun"):F2}"));
    Console.WriteLine(FormattableString.Invariant($"generator_after_edit_ms={M("Generator_AfterOneLineEdit"):F2}"));
    if (sipPaired?.FindingsInCompilerRatio is { } inCompiler)
    {
        // --findings: the split of ratio_sip_corpus into the compiler's handling of the 4,800 findings and the rest.
        Console.WriteLine(FormattableString.Invariant($"ratio_sip_corpus_findings_in_compiler={inCompiler:F3}"));
        Console.WriteLine(FormattableString.Invariant($"ratio_sip_corpus_finding_them={sipPaired.ChunkMedianRatio - inCompiler:F3}"));
    }

    // The same pairs summed per round first: one run's hiccup moves its whole round.
    foreach (var (name, paired) in new[] { ("ratio_sip_corpus", sipPaired), ("ratio_clean_sip_corpus", cleanPaired) })
    {
        if (paired != null)
        {
            Console.WriteLine(FormattableString.Invariant($"{name}_median_of_rounds={Statistics.Median(paired.Ratios):F3}"));
            if (Statistics.MeanInterval95(paired.Ratios) is var (mean, low, high) && !double.IsNaN(mean))
            {
                Console.WriteLine(FormattableString.Invariant($"{name}_mean_of_rounds={mean:F3} (95% interval {low:F3} to {high:F3})"));
            }

            Console.WriteLine($"{name}_rounds={PairedChunks.Format(paired.Ratios)}");
        }
    }

    if (sipRounds.Length > 0)
    {
        // The same ratio from the whole-corpus runs of the table, for comparison: their pairs are 14 seconds apart.
        Console.WriteLine(FormattableString.Invariant($"ratio_sip_corpus_whole_runs={sip:F3}"));
        Console.WriteLine($"ratio_sip_corpus_whole_runs_rounds={sipRounds}");
        Console.WriteLine(FormattableString.Invariant($"ratio_sip_corpus_whole_runs_without_gc_pauses={sipMutator:F3}"));
        Console.WriteLine($"ratio_sip_corpus_whole_runs_without_gc_pauses_rounds={sipMutatorRounds}");
        Console.WriteLine(FormattableString.Invariant($"ratio_clean_sip_corpus_whole_runs={clean:F3}"));
        Console.WriteLine($"ratio_clean_sip_corpus_whole_runs_rounds={cleanRounds}");
    }

    if (nonSipRounds.Length > 0)
    {
        Console.WriteLine($"ratio_non_sip_corpus_rounds={nonSipRounds}");
    }

    // The driver's own timing of SipAnalyzers' callbacks (fastest of two passes) against a whole-corpus compile:
    // less noisy than a difference of two whole analyses, though it leaves out the driver's dispatch between callbacks.
    Console.WriteLine(FormattableString.Invariant($"ratio_sip_corpus_callbacks={callbacksRatio:F3}"));
}

static async Task<double> PerRuleShare(int passes, bool concurrent = false, bool prepared = true)
{
    // The driver's telemetry for SipAnalyzers' analyzers and for the no-op baseline (an empty callback per kind
    // SipAnalyzers registers), the fastest of the passes. Measured from outside: the product carries no timing code.
    var analyzerMs = double.MaxValue;
    var noOpMs = double.MaxValue;
    var noOp = new NoOpOperationAnalyzer();
    for (var pass = 0; pass < passes; pass++)
    {
        var compilation = AnalyzerBenchmarks.SipCorpus.Fresh();
        if (prepared)
        {
            // What a build's compiler has done before its analyzers start: bind the references and merge the
            // declarations. Otherwise the first analyzer to ask for a type pays for it, and its telemetry shows the
            // compiler's work (the driver's clone of the compilation shares both).
            _ = compilation.GetTypeByMetadataName("System.Object");
            _ = compilation.ContainsSymbolsWithName(static _ => false);
        }

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers(CorpusCompilation.SipAnalyzers.Add(noOp), options);
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var total = 0.0;
        foreach (var analyzer in CorpusCompilation.SipAnalyzers)
        {
            total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
        }

        analyzerMs = Math.Min(analyzerMs, total);
        noOpMs = Math.Min(noOpMs, (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(noOp, CancellationToken.None)).ExecutionTime.TotalMilliseconds);
    }

    Console.WriteLine();
    Console.WriteLine(FormattableString.Invariant($"| SipAnalyzers per the driver's telemetry (callbacks and their contexts) | {analyzerMs:F1} ms |"));
    Console.WriteLine(FormattableString.Invariant($"| no-op analyzer per the driver's telemetry (empty callbacks, same kinds) | {noOpMs:F1} ms |"));
    Console.WriteLine(FormattableString.Invariant($"telemetry_total_ms={analyzerMs:F1}"));
    return analyzerMs;
}

/// <summary>The fastest of <paramref name="count"/> compiles (GetDiagnostics) of the whole SIP corpus, CPU milliseconds.</summary>
static double WholeCompileMs(int count)
{
    var compileMs = double.MaxValue;
    for (var i = 0; i < count; i++)
    {
        var fresh = AnalyzerBenchmarks.SipCorpus.Fresh();
        GC.Collect();
        var cpu = CpuClock.NowMs();
        _ = fresh.GetDiagnostics();
        compileMs = Math.Min(compileMs, CpuClock.NowMs() - cpu);
    }

    Console.WriteLine(FormattableString.Invariant($"whole SIP corpus, compile (GetDiagnostics, fastest of {count}): {compileMs:F0} ms"));
    return compileMs;
}

static int WriteCorpus(string directory)
{
    Directory.CreateDirectory(directory);
    foreach (var (name, text) in AnalyzerBenchmarks.SipCorpus.Shape.Documents)
    {
        if (name != SipAnalyzers.Generator.SipTypesGenerator.HintName)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }
    }

    // The benchmark references the stacks as compiled assemblies; a project build compiles them as source, where
    // SIP1004 also reports the stubs' four wrong members (like SIPSorcery's AlternativeService = 304).
    File.WriteAllText(Path.Combine(directory, "SipSorceryStubs.cs"), SipAnalyzers.Testing.StackStubs.SipSorcery);
    File.WriteAllText(Path.Combine(directory, "Pjsua2Stubs.cs"), SipAnalyzers.Testing.StackStubs.Pjsua2);

    var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
    File.WriteAllText(Path.Combine(directory, "Corpus.csproj"), $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>disable</Nullable>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
            <NoWarn>CS0168;CS0219;CS1998;CS8321</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{root}/src/SipAnalyzers/SipAnalyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
          </ItemGroup>
        </Project>
        """);
    Console.WriteLine($"wrote {AnalyzerBenchmarks.SipCorpus.Shape.Documents.Count} files to {directory}; then:");
    Console.WriteLine($"  dotnet build {directory} --no-incremental -p:ReportAnalyzer=true -v:d > build.log");
    Console.WriteLine("  grep -E 'SipAnalyzers, Version=|SipAnalyzers.Rules' build.log");
    return 0;
}
