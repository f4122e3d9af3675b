using BenchLab.Load.Metrics;
using BenchLab.Load.Timeline;

namespace BenchLab.Load.Tests.Timeline;

public sealed class RunTimelineTests
{
    [Fact]
    public void A_window_percentile_equals_one_computed_from_every_value_in_the_window()
    {
        var registry = new MetricRegistry();
        var series = registry.Series(MetricRegistry.RootGroup, "GET /", "");
        var timeline = new RunTimeline(registry);
        var random = new Random(42);
        var valuesBySecond = new List<long[]>();
        for (var second = 0; second < 20; second++)
        {
            var values = Enumerable.Range(0, 500).Select(_ => (long)random.Next(100, 50_000) * (second == 7 ? 20 : 1)).ToArray();
            valuesBySecond.Add(values);
            timeline.Append(Interval(second, series, values));
        }

        var window = timeline.Latency(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        var direct = HistogramConfig.CreateInterval();
        foreach (var value in valuesBySecond.Skip(5).Take(5).SelectMany(v => v))
        {
            direct.RecordValue(value);
        }

        Assert.Equal(direct.TotalCount, window.TotalCount);
        foreach (var percentile in new[] { 50.0, 90, 95, 99, 99.9, 100 })
        {
            Assert.Equal(direct.GetValueAtPercentile(percentile), window.GetValueAtPercentile(percentile));
        }
        var rolling = timeline.Rolling(TimeSpan.FromSeconds(5), 95);
        Assert.Equal(20, rolling.Count);
        Assert.Equal(direct.GetValueAtPercentile(95) / 1000.0, rolling.Single(r => r.EndSecond == 10).Milliseconds);
    }

    [Fact]
    public void Memory_stays_bounded_by_merging_old_intervals_without_losing_counts()
    {
        var registry = new MetricRegistry();
        var series = registry.Series(MetricRegistry.RootGroup, "GET /", "");
        var timeline = new RunTimeline(registry, capacity: 16);
        for (var second = 0; second < 100; second++)
        {
            timeline.Append(Interval(second, series, [1000 + second]));
        }

        Assert.True(timeline.Intervals.Count <= 16);
        Assert.Equal(8, timeline.ResolutionSeconds);
        Assert.Equal(100, timeline.Intervals.Sum(i => i.RequestCount));
        Assert.Equal(100, timeline.Intervals.Sum(i => i.Seconds));
        Assert.Equal(100, timeline.Latency(TimeSpan.Zero, TimeSpan.FromSeconds(100)).TotalCount);
        Assert.True(timeline.Intervals.Zip(timeline.Intervals.Skip(1)).All(p => p.First.StartSecond + p.First.Seconds == p.Second.StartSecond));
    }

    private static TimelineInterval Interval(int second, int series, long[] values)
    {
        var histogram = HistogramConfig.CreateInterval();
        foreach (var value in values)
        {
            histogram.RecordValue(value);
        }
        var encoded = HistogramCodec.Encode(histogram);
        var interval = new TimelineInterval(second, 1, 1);
        interval.Requests[series] = new IntervalData(values.Length, 0, 0, 0, encoded, encoded);
        return interval;
    }
}
