using System.Collections.Concurrent;
using System.Diagnostics;
using BenchLab.Load.Metrics;

namespace BenchLab.Load.Engine;

/// <summary>What the event loops of one run share: the test, the metric ids, the clock origin, and the stop
/// signals. Everything else belongs to one loop.</summary>
internal sealed class RunContext(LoadTest test)
{
    public LoadTest Test { get; } = test;

    public MetricRegistry Registry { get; } = new();

    public ConcurrentQueue<IntervalSlice> Slices { get; } = new();

    public long TicksPerSecond { get; } = Stopwatch.Frequency;

    /// <summary>The run's time zero on the engine clock; set when every loop has connected.</summary>
    public long StartTicks { get; private set; }

    public long EndTicks { get; private set; }

    public object? SetupData { get; set; }

    /// <summary>Why teardown failed, or null.</summary>
    public string? TeardownError { get; set; }

    private volatile string? _stopReason;

    /// <summary>Why the run was stopped early (Ctrl-C, a threshold with abortOnFail), or null.</summary>
    public string? StopReason => _stopReason;

    public void Start(long startTicks)
    {
        StartTicks = startTicks;
        EndTicks = startTicks + (long)(Test.Executor.Duration.TotalSeconds * TicksPerSecond);
    }

    public void Stop(string reason) => _stopReason ??= reason;

    public long Ticks(TimeSpan span) => (long)(span.TotalSeconds * TicksPerSecond);
}
