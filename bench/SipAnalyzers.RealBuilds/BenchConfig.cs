using System.Text;
using SipAnalyzers.Rules;

namespace SipAnalyzers.RealBuilds;

/// <summary>The global configs the benchmark passes to the compiler, from the analyzer's own rule list.</summary>
internal static class BenchConfig
{
    /// <summary>Every SipAnalyzers rule at warning, Sonar's S109 on, and Meziantou's one error-by-default rule a warning (an error skips emit).</summary>
    public static string Text(string? onlyFamily = null)
    {
        var text = new StringBuilder("is_global = true\n");
        // An ID shared by two families stays on when either is the one timed.
        var on = SipAnalyzer.FamilyIds.Where(f => onlyFamily == null || f.Family == onlyFamily).SelectMany(f => f.Ids).ToHashSet();
        foreach (var id in SipAnalyzer.FamilyIds.SelectMany(f => f.Ids).Distinct().Order(StringComparer.Ordinal))
        {
            text.Append("dotnet_diagnostic.").Append(id).Append(".severity = ").Append(on.Contains(id) ? "warning" : "none").Append('\n');
        }

        if (onlyFamily == null)
        {
            text.Append("dotnet_diagnostic.S109.severity = warning\n");
            text.Append("dotnet_diagnostic.MA0049.severity = warning\n");
        }

        return text.ToString();
    }
}
