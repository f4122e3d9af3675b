using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.DotNet;

/// <summary>
/// One interval of a .NET server's runtime, from its <c>System.Runtime</c> counters read over EventPipe. Gauges
/// hold the latest value the runtime published; counts add up what it published since the previous sample.
/// </summary>
/// <param name="GcHeapBytes">Managed heap in use (<c>gc-heap-size</c>).</param>
/// <param name="GcCommittedBytes">Memory the GC has committed from the OS (<c>gc-committed</c>).</param>
/// <param name="Gen0Collections">Gen 0 collections in the interval (a gen 1 or 2 collection also counts as gen 0, as the runtime reports it).</param>
/// <param name="Gen1Collections">Gen 1 collections in the interval.</param>
/// <param name="Gen2Collections">Gen 2 (full) collections in the interval.</param>
/// <param name="GcPauseMilliseconds">Time the GC paused the process in the interval.</param>
/// <param name="TimeInGcPercent">% of time in GC since the previous GC (<c>time-in-gc</c>).</param>
/// <param name="AllocatedBytes">Bytes allocated in the interval.</param>
/// <param name="ThreadPoolThreads">Thread-pool threads.</param>
/// <param name="ThreadPoolQueueLength">Work items waiting for a thread-pool thread (starvation shows here first).</param>
/// <param name="ThreadPoolCompletedItems">Work items completed in the interval.</param>
/// <param name="LockContentions">Monitor lock contentions in the interval.</param>
/// <param name="Exceptions">Exceptions thrown in the interval.</param>
/// <param name="CounterBatches">How many counter publications arrived in the interval (0: the values are carried over from before).</param>
public sealed record DotNetRuntimeSample(
    SampleTime Time,
    long GcHeapBytes,
    long GcCommittedBytes,
    long Gen0Collections,
    long Gen1Collections,
    long Gen2Collections,
    double GcPauseMilliseconds,
    double TimeInGcPercent,
    long AllocatedBytes,
    int ThreadPoolThreads,
    double ThreadPoolQueueLength,
    long ThreadPoolCompletedItems,
    long LockContentions,
    long Exceptions,
    int CounterBatches);
