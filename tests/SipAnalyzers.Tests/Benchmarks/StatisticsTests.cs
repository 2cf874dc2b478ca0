using SipAnalyzers.Benchmarks;
using Xunit;

namespace SipAnalyzers.Tests.Benchmarks;

/// <summary>The statistics the benchmark prints its ratios with (the source is linked from the benchmark).</summary>
public class StatisticsTests
{
    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(2.5, Statistics.Median(new[] { 4.0, 1.0, 3.0, 2.0 }));
        Assert.Equal(3.0, Statistics.Median(new[] { 5.0, 1.0, 3.0 }));
        Assert.True(double.IsNaN(Statistics.Median(Array.Empty<double>())));
    }

    [Fact]
    public void Mean_interval_uses_students_t_for_the_rounds()
    {
        // 1..5: mean 3, sample standard deviation sqrt(2.5), standard error sqrt(0.5); t(0.975, 4 degrees) = 2.776.
        var (mean, low, high) = Statistics.MeanInterval95(new[] { 1.0, 2.0, 3.0, 4.0, 5.0 });
        var half = 2.776 * Math.Sqrt(0.5);
        Assert.Equal(3.0, mean, 12);
        Assert.Equal(3.0 - half, low, 12);
        Assert.Equal(3.0 + half, high, 12);
    }

    [Fact]
    public void Mean_interval_narrows_with_more_rounds_and_is_undefined_for_one()
    {
        var six = Statistics.MeanInterval95(new[] { 0.049, 0.039, 0.045, 0.044, 0.007, 0.091 });
        var twelve = Statistics.MeanInterval95(new[] { 0.049, 0.039, 0.045, 0.044, 0.007, 0.091, 0.049, 0.039, 0.045, 0.044, 0.007, 0.091 });
        Assert.Equal(six.Mean, twelve.Mean, 12);
        Assert.True(twelve.High - twelve.Low < six.High - six.Low);
        Assert.True(six.Low < six.Mean && six.Mean < six.High);
        Assert.True(double.IsNaN(Statistics.MeanInterval95(new[] { 0.05 }).Mean));
    }
}
