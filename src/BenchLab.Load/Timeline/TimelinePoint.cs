namespace BenchLab.Load.Timeline;

/// <summary>One row of the per-second timeline: throughput, errors and latency percentiles (ms) of one interval.</summary>
public sealed record TimelinePoint(
    long StartSecond,
    double WidthSeconds,
    long Requests,
    double Rps,
    long Failed,
    double P50,
    double P95,
    double P99,
    double ServiceP99,
    long Iterations,
    long DroppedIterations,
    int ActiveVus,
    double GeneratorCpuSeconds,
    long GeneratorRssBytes,
    double LoopBusyFraction,
    long TimedOutRequests = 0,
    long InterruptedRequests = 0);
