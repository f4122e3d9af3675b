using BenchLab.Load.Metrics;
using BenchLab.Load.Thresholds;
using BenchLab.Load.Timeline;
using HdrHistogram;

namespace BenchLab.Load.Engine;

/// <summary>Running totals at interval precision, kept by the collector from each completed second, so that
/// abortOnFail thresholds are evaluated during the run with the same code as the final verdict.</summary>
internal sealed class LiveMetrics(MetricRegistry registry) : IMetricSource
{
    private readonly Dictionary<int, (HistogramBase Latency, HistogramBase Service, long Count, long Failed, long Sent, long Received)> _series = [];
    private readonly Dictionary<int, HistogramBase> _groups = [];
    private readonly Dictionary<int, (long Passes, long Fails)> _checks = [];
    private long _iterations;
    private long _dropped;

    public double DurationSeconds { get; private set; }

    public void Add(TimelineInterval interval)
    {
        DurationSeconds += interval.WidthSeconds;
        foreach (var (id, data) in interval.Requests)
        {
            if (!_series.TryGetValue(id, out var s))
            {
                s = (HistogramConfig.CreateInterval(), HistogramConfig.CreateInterval(), 0, 0, 0, 0);
            }
            HistogramCodec.AddTo(s.Latency, data.EncodedLatency);
            HistogramCodec.AddTo(s.Service, data.EncodedService!);
            _series[id] = (s.Latency, s.Service, s.Count + data.Count, s.Failed + data.Failed, s.Sent + data.BytesSent, s.Received + data.BytesReceived);
        }
        foreach (var (id, data) in interval.Groups)
        {
            HistogramCodec.AddTo(_groups.TryGetValue(id, out var g) ? g : _groups[id] = HistogramConfig.CreateInterval(), data.EncodedLatency);
        }
        foreach (var (id, (passes, fails)) in interval.Checks)
        {
            var (p, f) = _checks.GetValueOrDefault(id);
            _checks[id] = (p + passes, f + fails);
        }
        _iterations += interval.Iterations;
        _dropped += interval.DroppedIterations;
    }

    public HistogramBase? Trend(string metric, IReadOnlyDictionary<string, string> filter)
    {
        var merged = HistogramConfig.CreateInterval();
        switch (metric)
        {
            case MetricNames.HttpReqDuration:
            case MetricNames.HttpReqServiceTime:
                foreach (var (id, s) in Matching(filter))
                {
                    merged.Add(metric == MetricNames.HttpReqDuration ? s.Latency : s.Service);
                }
                return merged;
            case MetricNames.GroupDuration:
                var wanted = filter.TryGetValue("group", out var group) ? SeriesFilter.NormalizeGroup(group) : null;
                foreach (var (id, g) in _groups)
                {
                    if (wanted is null || registry.GroupPath(id) == wanted)
                    {
                        merged.Add(g);
                    }
                }
                return merged;
            default:
                return null;
        }
    }

    public (long Hits, long Total) Rate(string metric, IReadOnlyDictionary<string, string> filter)
    {
        if (metric == MetricNames.Checks)
        {
            long passes = 0, total = 0;
            foreach (var (id, (p, f)) in _checks)
            {
                var key = registry.CheckKey(id);
                if ((!filter.TryGetValue("group", out var g) || SeriesFilter.NormalizeGroup(g) == key.Group) && (!filter.TryGetValue("check", out var n) || n == key.Name))
                {
                    passes += p;
                    total += p + f;
                }
            }
            return (passes, total);
        }
        var matching = Matching(filter).ToList();
        return (matching.Sum(m => m.Value.Failed), matching.Sum(m => m.Value.Count));
    }

    public double Count(string metric, IReadOnlyDictionary<string, string> filter) => metric switch
    {
        MetricNames.HttpReqs => Matching(filter).Sum(m => m.Value.Count),
        MetricNames.DataSent => Matching(filter).Sum(m => m.Value.Sent),
        MetricNames.DataReceived => Matching(filter).Sum(m => m.Value.Received),
        MetricNames.Iterations => _iterations,
        MetricNames.DroppedIterations => _dropped,
        _ => 0,
    };

    private IEnumerable<KeyValuePair<int, (HistogramBase Latency, HistogramBase Service, long Count, long Failed, long Sent, long Received)>> Matching(IReadOnlyDictionary<string, string> filter) =>
        _series.Where(p => SeriesFilter.Matches(filter, registry.SeriesKey(p.Key)));
}
