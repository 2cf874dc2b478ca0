using System.Diagnostics;
using System.Globalization;

namespace SipAnalyzers.RealBuilds;

/// <summary>The compiler command line MSBuild ran for a project (its Csc task logs it at detailed verbosity), and its working folder.</summary>
internal static class CompilerCommandLine
{
    public static string Find(string[] buildLog, string projectFolder)
    {
        var line = buildLog.FirstOrDefault(l => l.TrimStart().Contains("/Roslyn/bincore/csc ", StringComparison.Ordinal) && l.Contains(" /out:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("no csc command line in the build log (was it built at -v:d?)");
        return projectFolder + "\n" + line.Trim();
    }

    /// <summary>The working folder, the compiler, and its arguments as the build wrote them (quoted as csc expects).</summary>
    public static (string Folder, string Compiler, string Arguments) Read(string file)
    {
        var parts = File.ReadAllText(file).Split('\n', 2);
        var space = parts[1].IndexOf(' ', StringComparison.Ordinal);
        return (parts[0], parts[1][..space], parts[1][(space + 1)..]);
    }
}

internal sealed partial class Bench
{
    /// <summary>
    /// The compiler's command line run directly (no MSBuild, no compiler server), with and without SipAnalyzers, in
    /// alternating pairs after one warm-up pair: the wall and CPU time SipAnalyzers adds, next to the spread of the runs.
    /// </summary>
    public void CompilerPairs(int pairs)
    {
        foreach (var project in _projects)
        {
            var (folder, compiler, with) = CompilerCommandLine.Read(CommandLineFile(project));
            var without = with.Replace(" /analyzer:" + _analyzer, "", StringComparison.Ordinal);
            if (without.Length == with.Length)
            {
                throw new InvalidOperationException($"{CommandLineFile(project)} does not load {_analyzer}");
            }

            Console.WriteLine($"== {project.Name}: the compiler's command line, {pairs} alternating pairs after a warm-up pair");
            var withWall = new List<double>();
            var withCpu = new List<double>();
            var withoutWall = new List<double>();
            var withoutCpu = new List<double>();
            for (var pair = 0; pair <= pairs; pair++)
            {
                // Alternate which runs first, so that a drift in the machine's state falls on both equally.
                var order = pair % 2 == 0 ? new[] { true, false } : new[] { false, true };
                foreach (var withSip in order)
                {
                    var (wall, cpu) = Compile(compiler, withSip ? with : without, folder, Path.Combine(_out, $"{project.Name}.direct.log"));
                    Console.WriteLine($"   pair {pair}{(pair == 0 ? " (warm-up)" : "")} {(withSip ? "with   " : "without")} wall {wall:0.000} s, CPU {cpu:0.000} s");
                    if (pair > 0)
                    {
                        (withSip ? withWall : withoutWall).Add(wall);
                        (withSip ? withCpu : withoutCpu).Add(cpu);
                    }
                }
            }

            var wallDelta = withWall.Zip(withoutWall, (a, b) => a - b).ToList();
            var cpuDelta = withCpu.Zip(withoutCpu, (a, b) => a - b).ToList();
            Console.WriteLine();
            Console.WriteLine("| | without SipAnalyzers | with | difference per pair | runs of the same build differ by |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Console.WriteLine($"| wall (s) | {Stats.Describe(withoutWall)} | {Stats.Describe(withWall)} | {Stats.Describe(wallDelta)} | {Spread(withoutWall):0.000} |");
            Console.WriteLine($"| CPU (s) | {Stats.Describe(withoutCpu)} | {Stats.Describe(withCpu)} | {Stats.Describe(cpuDelta)} | {Spread(withoutCpu):0.000} |");
            Console.WriteLine($"difference / compile: wall {Stats.Percent(Stats.Median(wallDelta) / Stats.Median(withoutWall))}, CPU {Stats.Percent(Stats.Median(cpuDelta) / Stats.Median(withoutCpu))}");
            Console.WriteLine();
        }
    }

    private static (double Wall, double Cpu) Compile(string compiler, string arguments, string folder, string log)
    {
        var responseFile = Path.Combine(Path.GetTempPath(), "sipbench-" + Environment.ProcessId + ".rsp");
        File.WriteAllText(responseFile, arguments);
        var start = new ProcessStartInfo(compiler) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("@" + responseFile);
        var cpuBefore = ChildrenCpu.Seconds();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        File.WriteAllText(log, output + error.Result);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the compiler failed: see {log}");
        }

        return (clock.Elapsed.TotalSeconds, ChildrenCpu.Seconds() - cpuBefore);
    }

    /// <summary>The median absolute difference between consecutive runs of the same build: the machine's own noise.</summary>
    private static double Spread(List<double> runs)
        => runs.Count < 2 ? double.NaN : Stats.Median(runs.Zip(runs.Skip(1), (a, b) => Math.Abs(a - b)).ToList());
}

/// <summary>
/// The CPU time of this process's finished children (getrusage RUSAGE_CHILDREN): an exited process's own times are gone on
/// Linux by the time <see cref="Process.WaitForExit()"/> returns.
/// </summary>
internal static class ChildrenCpu
{
    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, long[] usage);

    public static double Seconds()
    {
        var usage = new long[18]; // ru_utime, ru_stime (seconds, microseconds each), then 14 counters
        if (getrusage(-1, usage) != 0)
        {
            return double.NaN;
        }

        return usage[0] + (usage[1] / 1e6) + usage[2] + (usage[3] / 1e6);
    }
}
