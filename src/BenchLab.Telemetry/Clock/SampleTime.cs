using System.Diagnostics;
using System.Text.Json.Serialization;

namespace BenchLab.Telemetry.Clock;

/// <summary>
/// When a sample was taken, on the lab's one clock: <see cref="Stopwatch.GetTimestamp"/> (CLOCK_MONOTONIC on
/// Linux, the source the load engine stamps its latencies with). <see cref="Ticks"/> is the raw reading, so that
/// samples from different components can be lined up exactly; <see cref="Seconds"/> is the same instant as
/// seconds since the run's start (what a report puts on its x axis).
/// </summary>
/// <param name="Seconds">Seconds since the <see cref="RunClock"/>'s start; negative before it.</param>
/// <param name="Ticks">The raw <see cref="Stopwatch.GetTimestamp"/> value (<see cref="Stopwatch.Frequency"/> per second).</param>
public readonly record struct SampleTime(
    [property: JsonPropertyName("t")] double Seconds,
    [property: JsonPropertyName("ticks")] long Ticks)
{
    /// <summary>Seconds from this instant to <paramref name="later"/>, computed from the raw ticks (no rounding).</summary>
    public double SecondsUntil(SampleTime later) => (later.Ticks - Ticks) / (double)Stopwatch.Frequency;
}
