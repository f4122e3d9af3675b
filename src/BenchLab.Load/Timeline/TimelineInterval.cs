namespace BenchLab.Load.Timeline;

/// <summary>
/// One interval of the timeline: normally one second of the run (longer only after a very long run was
/// compacted, see <see cref="RunTimeline"/>). Everything in it is mergeable, so any window of whole intervals
/// can be summarised exactly at interval precision.
/// </summary>
public sealed class TimelineInterval
{
    internal TimelineInterval(long startSecond, int seconds, double widthSeconds)
    {
        StartSecond = startSecond;
        Seconds = seconds;
        WidthSeconds = widthSeconds;
    }

    /// <summary>Start, in whole seconds from the run's start.</summary>
    public long StartSecond { get; }

    /// <summary>Nominal length in seconds (1 unless compacted).</summary>
    public int Seconds { get; internal set; }

    /// <summary>Measured length in seconds (the last interval of a run is usually shorter).</summary>
    public double WidthSeconds { get; internal set; }

    public Dictionary<int, IntervalData> Requests { get; } = [];

    public Dictionary<int, IntervalData> Groups { get; } = [];

    public Dictionary<int, (long Passes, long Fails)> Checks { get; } = [];

    public long Iterations { get; internal set; }

    public long DroppedIterations { get; internal set; }

    /// <summary>Requests that got no complete answer within the request timeout.</summary>
    public long TimedOutRequests { get; internal set; }

    /// <summary>Requests still waiting for an answer when the run ended (only ever in the last interval).</summary>
    public long InterruptedRequests { get; internal set; }

    /// <summary>VUs running iterations at the end of the interval (closed: active VUs; open: busy VUs).</summary>
    public int ActiveVus { get; internal set; }

    public int AllocatedVus { get; internal set; }

    /// <summary>Generator process CPU time spent in the interval (user + system), in seconds.</summary>
    public double GeneratorCpuSeconds { get; internal set; }

    /// <summary>Generator resident set size at the end of the interval, in bytes.</summary>
    public long GeneratorRssBytes { get; internal set; }

    /// <summary>The busiest event loop's share of the interval spent working rather than waiting for the network.</summary>
    public double LoopBusyFraction { get; internal set; }

    public long RequestCount => Requests.Values.Sum(r => r.Count);

    public long FailedCount => Requests.Values.Sum(r => r.Failed);

    internal long FootprintBytes => 256 + Requests.Values.Sum(r => r.FootprintBytes) + Groups.Values.Sum(g => g.FootprintBytes) + Checks.Count * 32;

    internal void Absorb(TimelineInterval other)
    {
        Seconds += other.Seconds;
        WidthSeconds += other.WidthSeconds;
        MergeInto(Requests, other.Requests);
        MergeInto(Groups, other.Groups);
        foreach (var (id, (passes, fails)) in other.Checks)
        {
            var (p, f) = Checks.GetValueOrDefault(id);
            Checks[id] = (p + passes, f + fails);
        }
        Iterations += other.Iterations;
        DroppedIterations += other.DroppedIterations;
        TimedOutRequests += other.TimedOutRequests;
        InterruptedRequests += other.InterruptedRequests;
        ActiveVus = other.ActiveVus;
        AllocatedVus = other.AllocatedVus;
        GeneratorCpuSeconds += other.GeneratorCpuSeconds;
        GeneratorRssBytes = Math.Max(GeneratorRssBytes, other.GeneratorRssBytes);
        LoopBusyFraction = Math.Max(LoopBusyFraction, other.LoopBusyFraction);
    }

    internal static void MergeInto(Dictionary<int, IntervalData> into, IReadOnlyDictionary<int, IntervalData> from)
    {
        foreach (var (id, data) in from)
        {
            into[id] = into.TryGetValue(id, out var existing) ? IntervalData.Merge(existing, data) : data;
        }
    }
}
