using BenchLab.Load.Metrics;
using BenchLab.Load.Thresholds;
using BenchLab.Load.Timeline;
using HdrHistogram;

namespace BenchLab.Load.Results;

/// <summary>
/// Everything a run measured: the k6-style summary, full-precision histograms per request series, status class
/// and group, checks, thresholds, the per-second timeline, the generator's own cost, and whether the run is
/// valid. Timestamps are on the engine's clock (<see cref="System.Diagnostics.Stopwatch"/>, CLOCK_MONOTONIC on
/// Linux): <see cref="StartTimestamp"/> is second 0 of the timeline, so samples other components take on the
/// same clock line up.
/// </summary>
public sealed class LoadResult : IMetricSource
{
    public required string Target { get; init; }
    public required string Executor { get; init; }
    public required string Description { get; init; }
    public required bool OpenModel { get; init; }
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Second 0 of the run on the engine clock (Stopwatch ticks).</summary>
    public required long StartTimestamp { get; init; }

    public long TimestampFrequency { get; init; } = System.Diagnostics.Stopwatch.Frequency;

    public required TimeSpan Duration { get; init; }

    public required IReadOnlyList<RequestSeries> Series { get; init; }
    public required IReadOnlyList<GroupSeries> Groups { get; init; }
    public required IReadOnlyList<CheckResult> Checks { get; init; }
    public required HistogramBase IterationDuration { get; init; }
    public required long Iterations { get; init; }
    public required long FailedIterations { get; init; }
    public required long InterruptedIterations { get; init; }
    public required long DroppedIterations { get; init; }

    /// <summary>Requests still waiting for an answer when the run (and its graceful stop) ended.</summary>
    public long InterruptedRequests { get; init; }

    /// <summary>How long the interrupted requests had been waiting when the run ended (ms).</summary>
    public Trend InterruptedWaiting { get; init; } = Trend.Empty;
    public required IReadOnlyList<string> IterationErrors { get; init; }
    public required IReadOnlyDictionary<int, long> StatusCodes { get; init; }
    public required IReadOnlyList<FirstRequest> FirstRequests { get; init; }
    public required RunTimeline Timeline { get; init; }
    public required GeneratorStats Generator { get; init; }
    public required Validity Validity { get; init; }

    /// <summary>Why the run stopped early (interrupted, a threshold aborted it), or null when it ran to its end.</summary>
    public string? StopReason { get; init; }

    public bool Partial => StopReason is not null;

    /// <summary>Why teardown failed (the measurements stand), or null.</summary>
    public string? TeardownError { get; init; }

    public IReadOnlyList<ThresholdResult> Thresholds { get; internal set; } = [];

    /// <summary>0 when every threshold passed and the run is valid; 1 otherwise (contract §1.5).</summary>
    public int ExitCode => Validity.IsValid && Thresholds.All(t => t.Passed) ? 0 : 1;

    /// <summary>Requests recorded in the histograms: completed, failed, timed out (and, in the open model, interrupted).</summary>
    public long Requests => Series.Sum(s => s.Count);

    /// <summary>
    /// Every request the generator started. In the closed model interrupted requests are not in the histograms
    /// (latency is over answered requests); in the open model they are, as lower bounds.
    /// </summary>
    public long StartedRequests => Requests + (OpenModel ? 0 : InterruptedRequests);

    /// <summary>Requests that got a complete HTTP answer, whatever its status.</summary>
    public long CompletedRequests => Series.Where(s => s.StatusClass > 0).Sum(s => s.Count);

    /// <summary>Requests with no complete answer within the request timeout.</summary>
    public long TimedOutRequests => Series.Sum(s => s.Errors.GetValueOrDefault(Http.RequestError.Timeout));

    /// <summary>Started requests that never completed: timed out or interrupted (failed sends and connections are not counted here).</summary>
    public long UnfinishedRequests => TimedOutRequests + InterruptedRequests;
    public long FailedRequests => Series.Sum(s => s.Failed);
    public long BytesSent => Series.Sum(s => s.BytesSent);
    public long BytesReceived => Series.Sum(s => s.BytesReceived);
    public double RequestsPerSecond => Duration.TotalSeconds > 0 ? Requests / Duration.TotalSeconds : 0;
    public long ChecksPassed => Checks.Sum(c => c.Passes);
    public long ChecksFailed => Checks.Sum(c => c.Fails);

    /// <summary>http_req_duration over every request.</summary>
    public Trend Latency => Trend.Of(LatencyHistogram());

    /// <summary>Service time over every request (equal to <see cref="Latency"/> in the closed model).</summary>
    public Trend ServiceTime => Trend.Of(ServiceTimeHistogram());

    /// <summary>Merged latency histogram (µs) over the series (and status classes) that match.</summary>
    public HistogramBase LatencyHistogram(Func<RequestSeries, bool>? where = null) => MergeSeries(s => s.Latency, where);

    public HistogramBase ServiceTimeHistogram(Func<RequestSeries, bool>? where = null) => MergeSeries(s => s.ServiceTime, where);

    /// <summary>group_duration (µs) of a group ("Flow" or "::Flow"); empty when the group never ran.</summary>
    public HistogramBase GroupDuration(string group)
    {
        var path = SeriesFilter.NormalizeGroup(group);
        return Groups.FirstOrDefault(g => g.Group == path)?.Duration.Copy() ?? HistogramConfig.CreateFull();
    }

    private LongHistogram MergeSeries(Func<RequestSeries, HistogramBase> pick, Func<RequestSeries, bool>? where)
    {
        var merged = HistogramConfig.CreateFull();
        foreach (var series in Series)
        {
            if (where is null || where(series))
            {
                merged.Add(pick(series));
            }
        }
        return merged;
    }

    double IMetricSource.DurationSeconds => Duration.TotalSeconds;

    HistogramBase? IMetricSource.Trend(string metric, IReadOnlyDictionary<string, string> filter) => metric switch
    {
        MetricNames.HttpReqDuration => LatencyHistogram(s => SeriesFilter.Matches(filter, s.Key, s.StatusClass)),
        MetricNames.HttpReqServiceTime => ServiceTimeHistogram(s => SeriesFilter.Matches(filter, s.Key, s.StatusClass)),
        MetricNames.GroupDuration => MergeGroups(filter),
        MetricNames.IterationDuration => IterationDuration,
        _ => null,
    };

    private LongHistogram MergeGroups(IReadOnlyDictionary<string, string> filter)
    {
        var merged = HistogramConfig.CreateFull();
        var wanted = filter.TryGetValue("group", out var group) ? SeriesFilter.NormalizeGroup(group) : null;
        foreach (var g in Groups.Where(g => wanted is null || g.Group == wanted))
        {
            merged.Add(g.Duration);
        }
        return merged;
    }

    (long Hits, long Total) IMetricSource.Rate(string metric, IReadOnlyDictionary<string, string> filter)
    {
        if (metric == MetricNames.Checks)
        {
            var checks = Checks.Where(c => (!filter.TryGetValue("group", out var g) || SeriesFilter.NormalizeGroup(g) == c.Group) && (!filter.TryGetValue("check", out var n) || n == c.Name)).ToList();
            return (checks.Sum(c => c.Passes), checks.Sum(c => c.Passes + c.Fails));
        }
        var series = Series.Where(s => SeriesFilter.Matches(filter, s.Key, s.StatusClass)).ToList();
        return (series.Sum(s => s.Failed), series.Sum(s => s.Count));
    }

    double IMetricSource.Count(string metric, IReadOnlyDictionary<string, string> filter)
    {
        var series = Series.Where(s => SeriesFilter.Matches(filter, s.Key, s.StatusClass));
        return metric switch
        {
            MetricNames.HttpReqs => series.Sum(s => s.Count),
            MetricNames.DataSent => series.Sum(s => s.BytesSent),
            MetricNames.DataReceived => series.Sum(s => s.BytesReceived),
            MetricNames.Iterations => Iterations,
            MetricNames.DroppedIterations => DroppedIterations,
            _ => 0,
        };
    }
}
