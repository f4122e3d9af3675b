using BenchLab.Results.Statistics;
using BenchLab.Scenarios.Stress;

namespace BenchLab.Runner.Tests;

/// <summary>The arithmetic behind spreads, stability flags and leak signals.</summary>
public sealed class StatisticsTests
{
    [Fact]
    public void Mean_sample_deviation_median_and_coefficient_of_variation()
    {
        var stats = SampleStatistics.Of([100, 102, 98, 101, 99]);

        Assert.Equal(100, stats.Mean, 9);
        Assert.Equal(Math.Sqrt(2.5), stats.StandardDeviation, 9);
        Assert.Equal(100, stats.Median);
        Assert.Equal(Math.Sqrt(2.5) / 100, stats.CoefficientOfVariation!.Value, 9);
        Assert.False(stats.Unstable);
    }

    [Fact]
    public void Fewer_than_five_values_give_no_coefficient_of_variation()
    {
        Assert.Null(SampleStatistics.Of([100, 150, 50, 120]).CoefficientOfVariation);
        Assert.False(SampleStatistics.Of([100, 150, 50, 120]).Unstable);
    }

    [Fact]
    public void A_spread_above_five_percent_is_unstable()
    {
        Assert.True(SampleStatistics.Of([100, 110, 90, 105, 95, 120]).Unstable);
    }

    [Fact]
    public void Least_squares_slope_and_monotonic_growth()
    {
        Assert.Equal(2.0, Trend.LeastSquaresSlope([(0, 10), (1, 12), (2, 14), (3, 16)]), 9);
        Assert.Equal(0.0, Trend.LeastSquaresSlope([(0, 10), (1, 10)]), 9);
        Assert.True(Trend.MonotonicGrowth([(0, 1), (5, 2), (10, 3)]));
        Assert.False(Trend.MonotonicGrowth([(0, 1), (5, 2), (10, 2)]));
    }

    [Fact]
    public void Spike_phases_keep_their_shape_when_compressed()
    {
        var full = new SpikePhases(1);
        Assert.Equal(TimeSpan.FromSeconds(170), full.Total);
        Assert.Equal("pre", full.PhaseAt(TimeSpan.FromSeconds(29)));
        Assert.Equal("ramp-up", full.PhaseAt(TimeSpan.FromSeconds(35)));
        Assert.Equal("peak", full.PhaseAt(TimeSpan.FromSeconds(99)));
        Assert.Equal("ramp-down", full.PhaseAt(TimeSpan.FromSeconds(105)));
        Assert.Equal("post", full.PhaseAt(TimeSpan.FromSeconds(200)));
        var smoke = new SpikePhases(12.0 / 170);
        Assert.Equal(12, smoke.Total.TotalSeconds, 6);
        Assert.Equal(full.Phases().Select(p => p.TargetVus), smoke.Phases().Select(p => p.TargetVus));
    }
}
