using System.Globalization;

namespace SipAnalyzers.RealBuilds;

internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>"0.345 (0.321-0.398)": median and range, in the unit given.</summary>
    public static string Describe(IReadOnlyList<double> values, string format = "0.000")
        => values.Count == 0 ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{Median(values).ToString(format, CultureInfo.InvariantCulture)} ({values.Min().ToString(format, CultureInfo.InvariantCulture)}-{values.Max().ToString(format, CultureInfo.InvariantCulture)})");

    public static string Percent(double share) => (share * 100).ToString(share < 0.001 ? "0.000" : "0.00", CultureInfo.InvariantCulture) + " %";
}
