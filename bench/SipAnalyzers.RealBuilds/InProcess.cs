using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SipAnalyzers.RealBuilds;

/// <summary>
/// A project's compilation built in this process from the compiler command line its build ran: the same sources,
/// references and options, without its source generators (their output only completes partial methods, which the
/// analyzers do not read) and without its .editorconfig (the benchmark sets severities itself).
/// </summary>
internal static class InProcess
{
    public static CSharpCompilation Load(string commandLineFile)
    {
        var parts = File.ReadAllText(commandLineFile).Split('\n', 2);
        var folder = parts[0];
        var responseFile = Path.Combine(Path.GetTempPath(), "sipbench-inprocess-" + Environment.ProcessId + ".rsp");
        File.WriteAllText(responseFile, parts[1][(parts[1].IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var arguments = CSharpCommandLineParser.Default.Parse(new[] { "@" + responseFile }, folder, sdkDirectory: null);
        var trees = arguments.SourceFiles
            .AsParallel().AsOrdered()
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f.Path)), arguments.ParseOptions, f.Path))
            .ToList();
        var references = arguments.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference)).ToList();
        return CSharpCompilation.Create(arguments.CompilationName, trees, references, arguments.CompilationOptions.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty));
    }

    /// <summary>Every SipAnalyzers rule on (or one family's), S109 on: the compiler options the analyzers read their severities from.</summary>
    public static CSharpCompilation WithSeverities(CSharpCompilation compilation, string? onlyFamily)
    {
        var options = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
        foreach (var (id, on) in BenchConfig.SipRules(onlyFamily))
        {
            options[id] = on ? ReportDiagnostic.Warn : ReportDiagnostic.Suppress;
        }

        options["S109"] = ReportDiagnostic.Warn;
        return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(options.ToImmutable()));
    }

    /// <summary>The driver's own time for each analyzer, one analysis of the whole compilation on one thread.</summary>
    public static async Task<Dictionary<DiagnosticAnalyzer, TimeSpan>> Telemetry(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        var times = new Dictionary<DiagnosticAnalyzer, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            times[analyzer] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
        }

        return times;
    }

    /// <summary>The analyzers of a peer's package that report one of the rule IDs, loaded from the NuGet cache (its build restored it).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> PeerAnalyzers(string assemblyPath, string id)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidOperationException($"{assemblyPath} is missing: run the builds verb first (its peers build restores the package)");
        }

        var reference = new AnalyzerFileReference(assemblyPath, PeerLoader.Instance);
        return reference.GetAnalyzers(LanguageNames.CSharp).Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToImmutableArray();
    }

    public static string NuGetCache => Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public static string Meziantou => Path.Combine(NuGetCache, "meziantou.analyzer", "3.0.341", "analyzers", "dotnet", "roslyn5.0", "cs", "Meziantou.Analyzer.dll");

    public static string Sonar => Path.Combine(NuGetCache, "sonaranalyzer.csharp", "9.32.0.97167", "analyzers", "SonarAnalyzer.CSharp.dll");

    /// <summary>Loads a peer's analyzer assembly and its neighbours (Sonar ships several) into the default context.</summary>
    private sealed class PeerLoader : IAnalyzerAssemblyLoader
    {
        public static readonly PeerLoader Instance = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

        public Assembly LoadFromPath(string fullPath)
        {
            var folder = Path.GetDirectoryName(fullPath)!;
            lock (_folders)
            {
                if (_folders.Add(folder))
                {
                    AssemblyLoadContext.Default.Resolving += (context, name) =>
                    {
                        var candidate = Path.Combine(folder, name.Name + ".dll");
                        return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
                    };
                }
            }

            return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
    }
}

internal sealed partial class Bench
{
    /// <summary>
    /// SipAnalyzers on the project's compilation in this process, one thread, the driver's own timing: every rule, then
    /// each family alone (the others' rules off, so they register nothing), beside MA0099's and S109's analyzers.
    /// </summary>
    public async Task FamiliesInProcess(int rounds)
    {
        foreach (var project in _projects)
        {
            var compilation = InProcess.Load(CommandLineFile(project));
            var lines = compilation.SyntaxTrees.Sum(t => t.GetText().Lines.Count);
            Console.WriteLine($"== {project.Name}: {compilation.SyntaxTrees.Count()} files, {lines} lines; one thread, the driver's telemetry, fastest of {rounds} after a warm-up");
            var sip = new Rules.SipAnalyzer();
            var ma0099 = InProcess.PeerAnalyzers(InProcess.Meziantou, "MA0099");
            var s109 = InProcess.PeerAnalyzers(InProcess.Sonar, "S109");
            var runs = new List<(string Name, Func<Task<double>> Run)>
            {
                ("MA0099 (" + string.Join(", ", ma0099.Select(a => a.GetType().Name)) + ")", async () => (await InProcess.Telemetry(InProcess.WithSeverities(compilation, null), ma0099)).Values.Sum(t => t.TotalSeconds)),
                ("S109 (" + string.Join(", ", s109.Select(a => a.GetType().Name)) + ")", async () => (await InProcess.Telemetry(InProcess.WithSeverities(compilation, null), s109)).Values.Sum(t => t.TotalSeconds)),
                ("SipAnalyzers, every rule", async () => (await InProcess.Telemetry(InProcess.WithSeverities(compilation, null), ImmutableArray.Create<DiagnosticAnalyzer>(sip))).Values.Sum(t => t.TotalSeconds)),
            };
            foreach (var (family, _) in Rules.SipAnalyzer.FamilyIds)
            {
                runs.Add(("SipAnalyzers, " + family + " alone", async () => (await InProcess.Telemetry(InProcess.WithSeverities(compilation, family), ImmutableArray.Create<DiagnosticAnalyzer>(sip))).Values.Sum(t => t.TotalSeconds)));
            }

            var best = runs.ToDictionary(r => r.Name, _ => double.MaxValue);
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var (name, run) in runs)
                {
                    var seconds = await run();
                    if (round > 0)
                    {
                        best[name] = Math.Min(best[name], seconds);
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("| analyzer | seconds | ms per 1,000 lines |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (name, seconds) in best)
            {
                Console.WriteLine($"| {name} | {seconds:0.000} | {seconds * 1e6 / lines:0.00} |");
            }

            Console.WriteLine();
        }
    }
}
