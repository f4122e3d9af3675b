using BenchLab.Load.Metrics;
using BenchLab.Load.Native;
using BenchLab.Load.Timeline;

namespace BenchLab.Load.Engine;

/// <summary>
/// Off the event loops: gathers each loop's closed seconds, merges the loops' slices of the same second into one
/// timeline interval, samples the generator's CPU and RSS, and keeps the live status and running totals.
/// </summary>
internal sealed class Collector
{
    private readonly RunContext _run;
    private readonly int _loops;
    private readonly SortedDictionary<long, List<IntervalSlice>> _pending = [];
    private double _lastCpu;
    private long _requests;
    private long _failed;
    private long _iterations;
    private long _dropped;

    public Collector(RunContext run, int loops)
    {
        _run = run;
        _loops = loops;
        Timeline = new RunTimeline(run.Registry);
        Live = new LiveMetrics(run.Registry);
        _lastCpu = ProcessUsage.CpuSeconds();
    }

    public RunTimeline Timeline { get; }

    public LiveMetrics Live { get; }

    public LiveStatus Status { get; private set; } = new(TimeSpan.Zero, TimeSpan.Zero, 0, 0, 0, 0, 0, 0, 0, 0);

    public long PeakRssBytes { get; private set; }

    /// <summary>Takes what the loops have handed over; a second is merged once every loop still running has
    /// delivered it (or, with <paramref name="final"/>, whatever arrived).</summary>
    public bool Drain(IReadOnlyList<bool> finished, bool final = false)
    {
        while (_run.Slices.TryDequeue(out var slice))
        {
            if (!_pending.TryGetValue(slice.Second, out var list))
            {
                _pending[slice.Second] = list = [];
            }
            list.Add(slice);
        }
        var merged = false;
        while (_pending.Count > 0)
        {
            var (second, slices) = _pending.First();
            var complete = final || Enumerable.Range(0, _loops).All(loop => finished[loop] || slices.Any(s => s.Loop == loop));
            if (!complete)
            {
                break;
            }
            _pending.Remove(second);
            Add(Merge(second, slices));
            merged = true;
        }
        return merged;
    }

    private TimelineInterval Merge(long second, List<IntervalSlice> slices)
    {
        var width = slices.Max(s => s.WidthTicks) / (double)_run.TicksPerSecond;
        var interval = new TimelineInterval(second, 1, width);
        foreach (var slice in slices)
        {
            TimelineInterval.MergeInto(interval.Requests, slice.Requests.ToDictionary(e => e.Id, ToData));
            TimelineInterval.MergeInto(interval.Groups, slice.Groups.ToDictionary(e => e.Id, ToData));
            foreach (var (id, passes, fails) in slice.Checks)
            {
                var (p, f) = interval.Checks.GetValueOrDefault(id);
                interval.Checks[id] = (p + passes, f + fails);
            }
            interval.Iterations += slice.Iterations;
            interval.DroppedIterations += slice.DroppedIterations;
            interval.TimedOutRequests += slice.TimedOutRequests;
            interval.InterruptedRequests += slice.InterruptedRequests;
            interval.ActiveVus += slice.ActiveVus;
            interval.AllocatedVus += slice.AllocatedVus;
            interval.LoopBusyFraction = Math.Max(interval.LoopBusyFraction, slice.WidthTicks > 0 ? slice.BusyTicks / (double)slice.WidthTicks : 0);
        }
        var cpu = ProcessUsage.CpuSeconds();
        interval.GeneratorCpuSeconds = Math.Max(0, cpu - _lastCpu);
        _lastCpu = cpu;
        interval.GeneratorRssBytes = ProcessUsage.ResidentBytes();
        PeakRssBytes = Math.Max(PeakRssBytes, interval.GeneratorRssBytes);
        return interval;
    }

    private static IntervalData ToData(IntervalEntry e) => new(e.Count, e.Failed, e.BytesSent, e.BytesReceived, e.Latency, e.Service);

    private void Add(TimelineInterval interval)
    {
        Timeline.Append(interval);
        Live.Add(interval);
        var requests = interval.RequestCount;
        _requests += requests;
        _failed += interval.FailedCount;
        _iterations += interval.Iterations;
        _dropped += interval.DroppedIterations;
        var latency = HistogramConfig.CreateInterval();
        foreach (var data in interval.Requests.Values)
        {
            HistogramCodec.AddTo(latency, data.EncodedLatency);
        }
        // The last slice of a run is a few milliseconds of draining: keep showing the last full second's rate and p95.
        var full = interval.WidthSeconds >= 0.5 || Status.Requests == 0;
        Status = new LiveStatus(
            TimeSpan.FromSeconds(interval.StartSecond + interval.WidthSeconds),
            _run.Test.Executor.Duration,
            interval.ActiveVus,
            interval.AllocatedVus,
            _requests,
            full ? (interval.WidthSeconds > 0 ? requests / interval.WidthSeconds : 0) : Status.Rps,
            _failed,
            full ? (latency.TotalCount > 0 ? latency.GetValueAtPercentile(95) / 1000.0 : 0) : Status.P95Ms,
            _iterations,
            _dropped);
    }
}
