namespace SipAnalyzers.Benchmarks;

/// <summary>The order statistics the benchmark reports (rounds, chunk pairs, single-document pairs).</summary>
internal static class Statistics
{
    /// <summary>The middle value; the mean of the two middle ones for an even count; NaN for none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The first (1) or third (3) quartile, as the value at that rank.</summary>
    public static double Quartile(IEnumerable<double> values, int which)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[Math.Min(sorted.Count - 1, sorted.Count * which / 4)];
    }
}
