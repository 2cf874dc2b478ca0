using System.Text;
using SipAnalyzers.Rules;

namespace SipAnalyzers.RealBuilds;

/// <summary>The severities the benchmark sets, from the analyzer's own rule list.</summary>
internal static class BenchConfig
{
    /// <summary>
    /// Every SipAnalyzers rule ID, on or off: all on, or only one family's (an ID shared by two families stays on when
    /// either is the one timed).
    /// </summary>
    public static IEnumerable<(string Id, bool On)> SipRules(string? onlyFamily)
    {
        var on = SipAnalyzer.FamilyIds.Where(f => onlyFamily == null || f.Family == onlyFamily).SelectMany(f => f.Ids).ToHashSet();
        return SipAnalyzer.FamilyIds.SelectMany(f => f.Ids).Distinct().Order(StringComparer.Ordinal).Select(id => (id, on.Contains(id)));
    }

    /// <summary>
    /// The builds' global config: every SipAnalyzers rule at warning, Sonar's S109 on, and Meziantou's one error-by-default
    /// rule a warning (an error skips emit).
    /// </summary>
    public static string Text()
    {
        var text = new StringBuilder("is_global = true\n");
        foreach (var (id, _) in SipRules(onlyFamily: null))
        {
            text.Append("dotnet_diagnostic.").Append(id).Append(".severity = warning\n");
        }

        text.Append("dotnet_diagnostic.S109.severity = warning\n");
        text.Append("dotnet_diagnostic.MA0049.severity = warning\n");
        return text.ToString();
    }
}
