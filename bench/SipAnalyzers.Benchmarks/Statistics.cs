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

    /// <summary>
    /// The mean and its 95 % confidence interval (Student's t, the values taken as independent samples): how far the
    /// rounds let a ratio be pinned. NaN for fewer than two values.
    /// </summary>
    public static (double Mean, double Low, double High) MeanInterval95(IReadOnlyList<double> values)
    {
        var n = values.Count;
        if (n < 2)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        var half = StudentT975(n - 1) * Math.Sqrt(variance / n);
        return (mean, mean - half, mean + half);
    }

    /// <summary>The two-sided 95 % quantiles of Student's t for 1 to 30 degrees of freedom (1.96 beyond).</summary>
    private static readonly double[] StudentT975Table =
    {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    };

    private static double StudentT975(int degrees) => degrees <= StudentT975Table.Length ? StudentT975Table[degrees - 1] : 1.96;
}
