using System.Diagnostics;
using System.Globalization;
using SipAnalyzers.RealBuilds;

// dotnet run -c Release --project bench/SipAnalyzers.RealBuilds -- builds [--rounds 3] [--project callora-core]
//     rebuilds each project under four configurations, interleaved (the SDK's analyzers; + SipAnalyzers; + Meziantou and
//     Sonar with S109; + all three), a warm-up round then N rounds: SipAnalyzers' time and share of the Csc task beside
//     MA0099's and S109's (about 8 minutes a round for both projects on 2 cores)
// ... -- compiler [--pairs 8]      the compiler's command line run directly, with and without SipAnalyzers, alternating
// ... -- families [--rounds 3]     the project's compilation in this process, one thread: SipAnalyzers, each rule family alone, MA0099, S109
// ... -- ide [--edits 40]          one large SIP file edited line by line: SipAnalyzers' document diagnostics beside MA0099's and S109's
// The corpus must be fetched and extracted first (eval/README.md); "builds" records each project's command line for the others.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var root = FindRoot(AppContext.BaseDirectory);
var bench = new Bench(root, Option("--project"));
var verb = args.FirstOrDefault() ?? "builds";
switch (verb)
{
    case "builds":
        bench.Builds(Math.Max(1, IntOption("--rounds", 3)));
        break;
    case "compiler":
        bench.CompilerPairs(Math.Max(1, IntOption("--pairs", 8)));
        break;
    case "families":
        await bench.FamiliesInProcess(Math.Max(1, IntOption("--rounds", 3)));
        break;
    case "ide":
        await Ide.Run(bench, Math.Max(1, IntOption("--edits", 40)));
        break;
    default:
        Console.Error.WriteLine($"unknown verb {verb}: builds, compiler, families or ide");
        return 1;
}

return 0;

string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

int IntOption(string name, int fallback) => int.TryParse(Option(name), out var value) ? value : fallback;

static string FindRoot(string from)
{
    for (var dir = new DirectoryInfo(from); dir != null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SipAnalyzers.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("SipAnalyzers.sln not found above " + from);
}

namespace SipAnalyzers.RealBuilds
{
    internal sealed partial class Bench
    {
        /// <summary>The four builds, in the order of the first round (each round starts one later).</summary>
        private static readonly string[] Configurations = { "sdk", "sip", "peers", "all" };

        private readonly string _root;
        private readonly string _out;
        private readonly string _analyzer;
        private readonly string _globalConfig;
        private readonly RealProject[] _projects;

        public Bench(string root, string? only)
        {
            _root = root;
            _out = Path.Combine(root, "bench", "SipAnalyzers.RealBuilds", "out");
            Directory.CreateDirectory(_out);
            _analyzer = Path.Combine(root, "src", "SipAnalyzers", "bin", "Release", "netstandard2.0", "SipAnalyzers.dll");
            if (!File.Exists(_analyzer))
            {
                throw new InvalidOperationException($"{_analyzer} is missing: dotnet build SipAnalyzers.sln -c Release");
            }

            _globalConfig = Path.Combine(_out, "bench.globalconfig");
            File.WriteAllText(_globalConfig, BenchConfig.Text());
            _projects = RealProject.All.Where(p => only == null || p.Name == only).ToArray();
        }

        public string Root => _root;

        public string Out => _out;

        public IEnumerable<RealProject> Projects => _projects;

        private string SourcesRoot => Path.Combine(_root, "eval", "sources");

        public void Builds(int rounds)
        {
            foreach (var project in _projects)
            {
                var file = project.Prepare(SourcesRoot, _out);
                Console.WriteLine($"== {project.Name}: {project.Description} ({Lines(project, file)} lines)");
                var results = Configurations.ToDictionary(c => c, _ => new List<AnalyzerReport>());
                for (var round = 0; round <= rounds; round++)
                {
                    for (var i = 0; i < Configurations.Length; i++)
                    {
                        var configuration = Configurations[(i + round) % Configurations.Length];
                        var report = Build(project, file, configuration);
                        Console.WriteLine($"   round {round}{(round == 0 ? " (warm-up)" : "")} {configuration,-5} Csc {report.CscSeconds:0.00} s, SipAnalyzers {report.SipAnalyzers:0.000} s, MA0099 {report.RuleType("MA0099"):0.000} s, S109 {report.RuleType("S109"):0.000} s");
                        if (round > 0)
                        {
                            results[configuration].Add(report);
                        }
                    }
                }

                PrintBuilds(project, results);
            }
        }

        private AnalyzerReport Build(RealProject project, string file, string configuration)
        {
            var arguments = new List<string>
            {
                "build", file, "-c", "Release", "--no-incremental", "-nologo", "-v:d", "-clp:PerformanceSummary",
                "-p:ReportAnalyzer=true", "-p:TreatWarningsAsErrors=false", "-p:SipBenchConfig=" + configuration,
                "-p:SipBenchAnalyzer=" + _analyzer, "-p:SipBenchGlobalConfig=" + _globalConfig,
                "-p:CustomAfterMicrosoftCommonTargets=" + Path.Combine(_root, "bench", "SipAnalyzers.RealBuilds", "SipBench.targets"),
            };
            arguments.AddRange(project.Properties.Select(p => "-p:" + p));
            var log = Path.Combine(_out, $"{project.Name}.{configuration}.log");
            var exit = Run("dotnet", arguments, Path.GetDirectoryName(file)!, log);
            var lines = File.ReadAllLines(log);
            if (exit != 0)
            {
                throw new InvalidOperationException($"the {configuration} build of {project.Name} failed: see {log}");
            }

            if (configuration == "sip")
            {
                File.WriteAllText(CommandLineFile(project), CompilerCommandLine.Find(lines, Path.GetDirectoryName(file)!));
            }

            return AnalyzerReport.Parse(lines);
        }

        private static void PrintBuilds(RealProject project, Dictionary<string, List<AnalyzerReport>> results)
        {
            Console.WriteLine();
            Console.WriteLine($"{project.Name}: medians (range) of {results["sdk"].Count} rounds, seconds; shares of the Csc task");
            Console.WriteLine();
            Console.WriteLine("| build | Csc task | all analyzers | SipAnalyzers | share | MA0099 | share | S109 | share | SIP diagnostics |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var (configuration, reports) in results)
            {
                var csc = reports.Select(r => r.CscSeconds ?? double.NaN).ToList();
                var sip = reports.Select(r => r.SipAnalyzers).ToList();
                var ma = reports.Select(r => r.RuleType("MA0099")).ToList();
                var s109 = reports.Select(r => r.RuleType("S109")).ToList();
                string Share(List<double> part) => configuration is "sdk" || part.All(v => v == 0) ? "-" : Stats.Percent(Stats.Median(part.Zip(csc, (p, c) => p / c).ToList()));
                Console.WriteLine($"| {Label(configuration)} | {Stats.Describe(csc, "0.00")} | {Stats.Describe(reports.Select(r => r.TotalAnalyzers).ToList(), "0.00")} | "
                    + $"{(configuration is "sip" or "all" ? Stats.Describe(sip) : "-")} | {(configuration is "sip" or "all" ? Share(sip) : "-")} | "
                    + $"{(configuration is "peers" or "all" ? Stats.Describe(ma) : "-")} | {(configuration is "peers" or "all" ? Share(ma) : "-")} | "
                    + $"{(configuration is "peers" or "all" ? Stats.Describe(s109) : "-")} | {(configuration is "peers" or "all" ? Share(s109) : "-")} | "
                    + $"{(configuration is "sip" or "all" ? reports[0].SipDiagnostics.ToString(CultureInfo.InvariantCulture) : "-")} |");
            }

            Console.WriteLine();
        }

        private static string Label(string configuration) => configuration switch
        {
            "sdk" => "the SDK's analyzers",
            "sip" => "+ SipAnalyzers",
            "peers" => "+ Meziantou + Sonar (S109)",
            _ => "+ all three",
        };

        public string CommandLineFile(RealProject project) => Path.Combine(_out, project.Name + ".csc.txt");

        public static int Run(string fileName, IEnumerable<string> arguments, string workingDirectory, string? log)
        {
            var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = log != null, RedirectStandardError = log != null, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            if (log != null)
            {
                var error = process.StandardError.ReadToEndAsync();
                File.WriteAllText(log, process.StandardOutput.ReadToEnd() + error.Result);
            }

            process.WaitForExit();
            return process.ExitCode;
        }

        /// <summary>Lines of the project's own sources (not its obj/ and bin/ output).</summary>
        private int Lines(RealProject project, string projectFile)
            => Directory.EnumerateFiles(project.SourceFolder(SourcesRoot, projectFile), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
                .Sum(f => File.ReadLines(f).Count());
    }
}
