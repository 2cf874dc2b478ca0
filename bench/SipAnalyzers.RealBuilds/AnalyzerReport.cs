using System.Globalization;
using System.Text.RegularExpressions;

namespace SipAnalyzers.RealBuilds;

/// <summary>
/// What one compiler run printed with <c>ReportAnalyzer</c> (<c>/reportanalyzer</c>): seconds per analyzer assembly and per
/// analyzer type, the generators, and (from MSBuild's performance summary) the Csc task's milliseconds.
/// </summary>
internal sealed class AnalyzerReport
{
    private static readonly Regex Row = new(@"^\s+(<?[0-9.]+)\s+(<?\d+)\s+(\S.*)$", RegexOptions.Compiled);
    private static readonly Regex SipWarning = new(@"[^\s>]+\(\d+,\d+\): warning SIP\d{4}", RegexOptions.Compiled);
    private static readonly Regex CscTask = new(@"^\s+(\d+) ms  Csc\s+\d+ calls", RegexOptions.Compiled);

    /// <summary>Analyzer types by name, with the rule IDs the report lists after them: "Meziantou...DoNotUseZero... (MA0099)".</summary>
    public Dictionary<string, double> Types { get; } = new();

    public Dictionary<string, double> Assemblies { get; } = new();

    public Dictionary<string, double> Generators { get; } = new();

    public double TotalAnalyzers { get; private set; }

    public double? CscSeconds { get; private set; }

    public int SipDiagnostics { get; private set; }

    public static AnalyzerReport Parse(IEnumerable<string> lines)
    {
        var report = new AnalyzerReport();
        var section = 0; // 1 analyzers, 2 generators
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Contains("Total analyzer execution time:", StringComparison.Ordinal))
            {
                section = 1;
                report.TotalAnalyzers += Seconds(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Split(' ')[0]);
                continue;
            }

            if (line.Contains("Total generator execution time:", StringComparison.Ordinal))
            {
                section = 2;
                continue;
            }

            if (CscTask.Match(line) is { Success: true } csc)
            {
                report.CscSeconds = double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture) / 1000;
                continue;
            }

            // "file.cs(12,5): warning SIP1001: ..." once per diagnostic (MSBuild repeats warnings in its summary).
            if (SipWarning.Match(line) is { Success: true } warning && seen.Add(warning.Value))
            {
                report.SipDiagnostics++;
            }

            if (section == 0 || Row.Match(line) is not { Success: true } row || row.Groups[3].Value.StartsWith("Analyzer", StringComparison.Ordinal)
                || row.Groups[3].Value.StartsWith("Generator", StringComparison.Ordinal))
            {
                continue;
            }

            var name = row.Groups[3].Value.Trim();
            var seconds = Seconds(row.Groups[1].Value);
            var target = section == 2 ? report.Generators : name.Contains(", Version=", StringComparison.Ordinal) ? report.Assemblies : report.Types;
            target[name] = target.GetValueOrDefault(name) + seconds;
        }

        return report;
    }

    /// <summary>The time of the analyzer type whose rule list names <paramref name="id"/>, or 0 when it did not run.</summary>
    public double RuleType(string id)
        => Types.Where(t => Regex.IsMatch(t.Key, @"[(, ]" + Regex.Escape(id) + @"[,)]")).Sum(t => t.Value);

    /// <summary>SipAnalyzers' analyzers (its assembly's row, generator excluded).</summary>
    public double SipAnalyzers => Assemblies.Where(a => a.Key.StartsWith("SipAnalyzers,", StringComparison.Ordinal)).Sum(a => a.Value);

    public double SipGenerator => Generators.Where(a => a.Key.StartsWith("SipAnalyzers,", StringComparison.Ordinal)).Sum(a => a.Value);

    private static double Seconds(string text)
        => text.StartsWith('<') ? 0.0005 : double.Parse(text, CultureInfo.InvariantCulture);
}
