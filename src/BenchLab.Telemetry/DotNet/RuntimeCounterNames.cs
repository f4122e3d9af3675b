namespace BenchLab.Telemetry.DotNet;

/// <summary>
/// The <c>System.Runtime</c> EventCounters the sampler reads (the names <c>dotnet-counters</c> shows). Sizes
/// arrive in decimal megabytes (bytes / 1,000,000), hence <see cref="Megabyte"/>.
/// </summary>
public static class RuntimeCounterNames
{
    public const string Provider = "System.Runtime";
    public const double Megabyte = 1_000_000;

    public const string GcHeapSize = "gc-heap-size";
    public const string GcCommitted = "gc-committed";
    public const string Gen0Count = "gen-0-gc-count";
    public const string Gen1Count = "gen-1-gc-count";
    public const string Gen2Count = "gen-2-gc-count";
    public const string GcPauseTime = "total-pause-time-by-gc";
    public const string TimeInGc = "time-in-gc";
    public const string AllocRate = "alloc-rate";
    public const string ThreadPoolThreads = "threadpool-thread-count";
    public const string ThreadPoolQueueLength = "threadpool-queue-length";
    public const string ThreadPoolCompleted = "threadpool-completed-items-count";
    public const string LockContention = "monitor-lock-contention-count";
    public const string Exceptions = "exception-count";
}
