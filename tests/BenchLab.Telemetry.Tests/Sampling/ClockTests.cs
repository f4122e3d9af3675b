using System.Diagnostics;
using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Tests.Sampling;

public sealed class ClockTests
{
    [Fact]
    public void A_stamp_is_the_raw_stopwatch_tick_and_seconds_since_the_run_start()
    {
        var clock = new RunClock(1_000);

        var stamp = clock.At(1_000 + (3 * Stopwatch.Frequency / 2));

        Assert.Equal(1.5, stamp.Seconds, 12);
        Assert.Equal(1_000 + (3 * Stopwatch.Frequency / 2), stamp.Ticks);
        Assert.Equal(stamp.Ticks, clock.TicksAt(1.5));
        Assert.Equal(-1.0, clock.At(1_000 - Stopwatch.Frequency).Seconds, 12);
    }

    [Fact]
    public void The_clock_reads_the_same_source_as_stopwatch()
    {
        var clock = RunClock.StartNew();
        var before = Stopwatch.GetTimestamp();
        var now = clock.Now();
        var after = Stopwatch.GetTimestamp();

        Assert.InRange(now.Ticks, before, after);
        Assert.True(now.Seconds >= 0);
        Assert.Equal((after - now.Ticks) / (double)Stopwatch.Frequency, now.SecondsUntil(clock.At(after)), 12);
    }
}
