using System.Diagnostics;

namespace BenchLab.Telemetry.Clock;

/// <summary>
/// The run's time axis: a start reading of <see cref="Stopwatch.GetTimestamp"/> that the caller owns (the runner
/// passes the same start tick to the load engine and to telemetry), and stamps relative to it.
/// </summary>
public sealed class RunClock(long startTicks)
{
    public long StartTicks { get; } = startTicks;

    /// <summary>A clock whose run starts now.</summary>
    public static RunClock StartNew() => new(Stopwatch.GetTimestamp());

    /// <summary>The current instant.</summary>
    public SampleTime Now() => At(Stopwatch.GetTimestamp());

    /// <summary>An instant read elsewhere from <see cref="Stopwatch.GetTimestamp"/> (e.g. by the load engine).</summary>
    public SampleTime At(long ticks) => new((ticks - StartTicks) / (double)Stopwatch.Frequency, ticks);

    /// <summary>The raw tick value <paramref name="seconds"/> after the start.</summary>
    public long TicksAt(double seconds) => StartTicks + (long)Math.Round(seconds * Stopwatch.Frequency);
}
