using BenchLab.Results.Statistics;

namespace BenchLab.Reports.Tests;

/// <summary>The bootstrap and the rank test underneath every verdict.</summary>
public sealed class BootstrapTests
{
    [Fact]
    public void The_same_samples_always_give_the_same_interval()
    {
        double[] a = [100, 104, 97, 101, 99, 103];
        double[] b = [90, 95, 88, 93, 91];

        Assert.Equal(Bootstrap.RatioOfMedians(a, b), Bootstrap.RatioOfMedians(a, b));
    }

    [Fact]
    public void Constant_samples_have_a_point_interval_at_their_ratio()
    {
        var interval = Bootstrap.RatioOfMedians([100, 100, 100, 100, 100], [80, 80, 80, 80, 80]);

        Assert.Equal(0.8, interval.Lower, 12);
        Assert.Equal(0.8, interval.Upper, 12);
        Assert.Equal(0.95, interval.Level);
    }

    [Fact]
    public void The_interval_lies_within_the_most_extreme_ratios_and_holds_the_estimate()
    {
        double[] a = [100, 110, 90, 105, 95];
        double[] b = [200, 230, 170, 210, 190];

        var interval = Bootstrap.RatioOfMedians(a, b);

        Assert.InRange(interval.Lower, 170.0 / 110, 2);
        Assert.InRange(interval.Upper, 2, 230.0 / 90);
        Assert.True(interval.Contains(200.0 / 100));
    }

    [Fact]
    public void Paired_ratios_resample_pairs()
    {
        var interval = Bootstrap.MedianOfRatios([4, 4.1, 3.9, 4.05, 3.95]);

        Assert.InRange(interval.Lower, 3.9, 4.0);
        Assert.InRange(interval.Upper, 4.0, 4.1);
        Assert.Equal(4, Bootstrap.Median([4, 4.1, 3.9, 4.05, 3.95]));
    }

    [Fact]
    public void Mann_Whitney_separates_five_against_five_and_not_identical_sets()
    {
        Assert.Equal(2.0 / 252, RankTest.TwoSidedPValue([100, 101, 102, 103, 104], [80, 81, 82, 83, 84]), 9);
        Assert.Equal(1, RankTest.TwoSidedPValue([100, 101, 102, 103, 104], [100, 101, 102, 103, 104]), 9);
        // Three against three can never reach 0.05: the reason verdicts need five a side.
        Assert.True(RankTest.TwoSidedPValue([100, 101, 102], [80, 81, 82]) > 0.05);
    }
}
