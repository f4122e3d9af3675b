namespace BenchLab.Load.Metrics;

/// <summary>What one event loop measured in one second of the run, handed to the collector when the second ends.
/// Histograms are V2-encoded at interval precision.</summary>
internal sealed record IntervalSlice(
    int Loop,
    long Second,
    long WidthTicks,
    IReadOnlyList<IntervalEntry> Requests,
    IReadOnlyList<IntervalEntry> Groups,
    IReadOnlyList<(int CheckId, long Passes, long Fails)> Checks,
    long Iterations,
    long DroppedIterations,
    long BusyTicks,
    int ActiveVus,
    int AllocatedVus,
    long TimedOutRequests,
    long InterruptedRequests);

/// <summary>One series (or group) in one interval.</summary>
internal sealed record IntervalEntry(int Id, long Count, long Failed, long BytesSent, long BytesReceived, byte[] Latency, byte[]? Service);
