using HdrHistogram;

namespace BenchLab.Load.Metrics;

/// <summary>
/// The two histogram shapes the engine uses, both in microseconds from 1 µs to one hour: full precision
/// (3 significant digits, ≤ 0.1 % error) for the run's totals, reduced precision (2 digits, ≤ 1 %) for the
/// per-second timeline, where hundreds of intervals are kept. Histograms of one shape merge exactly.
/// </summary>
public static class HistogramConfig
{
    public const long LowestMicroseconds = 1;
    public const long HighestMicroseconds = 3_600_000_000;
    public const int FullDigits = 3;
    public const int IntervalDigits = 2;

    public static LongHistogram CreateFull() => new(LowestMicroseconds, HighestMicroseconds, FullDigits);

    public static LongHistogram CreateInterval() => new(LowestMicroseconds, HighestMicroseconds, IntervalDigits);

    /// <summary>Records a duration in microseconds, clamped into the trackable range (values above one hour are
    /// recorded as one hour; the clamp is never reached with the engine's maximum timeout).</summary>
    public static void Record(HistogramBase histogram, long microseconds) =>
        histogram.RecordValue(Math.Clamp(microseconds, LowestMicroseconds, HighestMicroseconds));

    public static long TicksToMicroseconds(long ticks) => ticks * 1_000_000 / System.Diagnostics.Stopwatch.Frequency;
}
