using System.Diagnostics;

namespace BenchLab.Telemetry.Sampling;

/// <summary>
/// A recorded series of frames, ready for a results file: the clock it was stamped with (so that frames can be
/// lined up with the load engine's latencies) and why recording stopped.
/// </summary>
/// <param name="StartTicks">The run clock's start (<see cref="Stopwatch.GetTimestamp"/>); frame times are relative to it.</param>
/// <param name="TicksPerSecond"><see cref="Stopwatch.Frequency"/> of the machine that recorded.</param>
/// <param name="IntervalSeconds">The sampling interval.</param>
/// <param name="MissedTicks">Ticks skipped because sampling took longer than the interval (said, not hidden).</param>
/// <param name="StopReason">Why recording ended: duration reached, cancelled, or the process exited.</param>
public sealed record TelemetryTimeline(
    long StartTicks,
    long TicksPerSecond,
    double IntervalSeconds,
    IReadOnlyList<TelemetryFrame> Frames,
    int MissedTicks,
    string StopReason);
