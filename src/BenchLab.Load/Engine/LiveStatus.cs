namespace BenchLab.Load.Engine;

/// <summary>What the terminal shows while a run goes: the last complete second and the totals so far.</summary>
public sealed record LiveStatus(
    TimeSpan Elapsed,
    TimeSpan Duration,
    int ActiveVus,
    int AllocatedVus,
    long Requests,
    double Rps,
    long Failed,
    double P95Ms,
    long Iterations,
    long DroppedIterations);
