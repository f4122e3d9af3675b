using BenchLab.Load.Metrics;
using HdrHistogram;

namespace BenchLab.Load.Timeline;

/// <summary>
/// The run second by second, backed by mergeable interval histograms per request series and per group, so that
/// percentiles over any window of whole intervals (a rolling 5 s p95, the last minute of a soak) are exact at
/// interval precision (2 significant digits, ≤ 1 %). Memory is bounded: at most <see cref="Capacity"/>
/// intervals are kept; when a run outlives them, neighbouring intervals are merged pairwise and new ones are
/// gathered at the doubled width (a 2-hour run keeps 1 s resolution with the default capacity of 7,200).
/// </summary>
public sealed class RunTimeline
{
    public const int DefaultCapacity = 7200;

    private readonly List<TimelineInterval> _intervals = [];
    private readonly MetricRegistry _registry;

    internal RunTimeline(MetricRegistry registry, int capacity = DefaultCapacity)
    {
        _registry = registry;
        Capacity = Math.Max(2, capacity);
    }

    public int Capacity { get; }

    /// <summary>The width, in seconds, at which new intervals are gathered (1 until the first compaction).</summary>
    public int ResolutionSeconds { get; private set; } = 1;

    public IReadOnlyList<TimelineInterval> Intervals => _intervals;

    public MetricRegistry Registry => _registry;

    /// <summary>Approximate bytes held by the interval data.</summary>
    public long FootprintBytes => _intervals.Sum(i => i.FootprintBytes);

    internal void Append(TimelineInterval second)
    {
        if (_intervals.Count > 0 && _intervals[^1] is var last && last.Seconds < ResolutionSeconds && last.StartSecond + last.Seconds == second.StartSecond)
        {
            last.Absorb(second);
            return;
        }
        if (_intervals.Count >= Capacity)
        {
            Compact();
        }
        _intervals.Add(second);
    }

    private void Compact()
    {
        var merged = new List<TimelineInterval>(_intervals.Count / 2 + 1);
        for (var i = 0; i < _intervals.Count; i += 2)
        {
            var first = _intervals[i];
            if (i + 1 < _intervals.Count)
            {
                first.Absorb(_intervals[i + 1]);
            }
            merged.Add(first);
        }
        _intervals.Clear();
        _intervals.AddRange(merged);
        ResolutionSeconds *= 2;
    }

    /// <summary>Intervals that start within [from, to).</summary>
    public IEnumerable<TimelineInterval> Between(TimeSpan from, TimeSpan to) =>
        _intervals.Where(i => i.StartSecond >= from.TotalSeconds - 1e-9 && i.StartSecond < to.TotalSeconds - 1e-9);

    /// <summary>Request latency (µs) over a window, merged over the series that match.</summary>
    public HistogramBase Latency(TimeSpan from, TimeSpan to, Func<SeriesKey, bool>? where = null) =>
        Merge(Between(from, to), i => i.Requests, where, d => d.EncodedLatency);

    /// <summary>Service time (µs) over a window, merged over the series that match.</summary>
    public HistogramBase ServiceTime(TimeSpan from, TimeSpan to, Func<SeriesKey, bool>? where = null) =>
        Merge(Between(from, to), i => i.Requests, where, d => d.EncodedService);

    /// <summary>group_duration (µs) of one group (e.g. "::Flow") over a window.</summary>
    public HistogramBase GroupDuration(string group, TimeSpan from, TimeSpan to)
    {
        var result = HistogramConfig.CreateInterval();
        foreach (var interval in Between(from, to))
        {
            foreach (var (id, data) in interval.Groups)
            {
                if (_registry.GroupPath(id) == group)
                {
                    HistogramCodec.AddTo(result, data.EncodedLatency);
                }
            }
        }
        return result;
    }

    /// <summary>One point per interval, over the series that match (all requests by default).</summary>
    public IReadOnlyList<TimelinePoint> Points(Func<SeriesKey, bool>? where = null) =>
        _intervals.Select(i => Point(i, where)).ToList();

    /// <summary>The given percentile (ms) over a sliding window ending at each interval, e.g. the rolling 5 s p95
    /// that scenario 21 uses for its recovery time. NaN where the window holds no request.</summary>
    public IReadOnlyList<(long EndSecond, double Milliseconds)> Rolling(TimeSpan window, double percentile, Func<SeriesKey, bool>? where = null)
    {
        var points = new List<(long, double)>();
        foreach (var interval in _intervals)
        {
            var end = interval.StartSecond + interval.Seconds;
            var histogram = Latency(TimeSpan.FromSeconds(end) - window, TimeSpan.FromSeconds(end), where);
            points.Add((end, histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(percentile) / 1000.0));
        }
        return points;
    }

    private TimelinePoint Point(TimelineInterval interval, Func<SeriesKey, bool>? where)
    {
        var latency = Merge([interval], i => i.Requests, where, d => d.EncodedLatency);
        var service = Merge([interval], i => i.Requests, where, d => d.EncodedService);
        var matching = interval.Requests.Where(p => where is null || where(_registry.SeriesKey(p.Key))).Select(p => p.Value).ToList();
        var requests = matching.Sum(d => d.Count);
        return new TimelinePoint(
            interval.StartSecond,
            interval.WidthSeconds,
            requests,
            interval.WidthSeconds > 0 ? requests / interval.WidthSeconds : 0,
            matching.Sum(d => d.Failed),
            Percentile(latency, 50),
            Percentile(latency, 95),
            Percentile(latency, 99),
            Percentile(service, 99),
            interval.Iterations,
            interval.DroppedIterations,
            interval.ActiveVus,
            interval.GeneratorCpuSeconds,
            interval.GeneratorRssBytes,
            interval.LoopBusyFraction,
            interval.TimedOutRequests,
            interval.InterruptedRequests);
    }

    private static double Percentile(HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;

    private LongHistogram Merge(IEnumerable<TimelineInterval> intervals, Func<TimelineInterval, Dictionary<int, IntervalData>> select, Func<SeriesKey, bool>? where, Func<IntervalData, byte[]?> histogram)
    {
        var result = HistogramConfig.CreateInterval();
        foreach (var interval in intervals)
        {
            foreach (var (id, data) in select(interval))
            {
                if ((where is null || where(_registry.SeriesKey(id))) && histogram(data) is { } encoded)
                {
                    HistogramCodec.AddTo(result, encoded);
                }
            }
        }
        return result;
    }
}
