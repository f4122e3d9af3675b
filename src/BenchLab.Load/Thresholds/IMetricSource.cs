using HdrHistogram;

namespace BenchLab.Load.Thresholds;

/// <summary>What thresholds are evaluated against: the final result (full precision) or, during a run, the
/// timeline so far (interval precision), so that abortOnFail and the verdict share one evaluation.</summary>
public interface IMetricSource
{
    /// <summary>Seconds the run has lasted (for rates per second).</summary>
    double DurationSeconds { get; }

    /// <summary>The merged histogram (µs) of a trend metric over the matching series; null when none matched.</summary>
    HistogramBase? Trend(string metric, IReadOnlyDictionary<string, string> filter);

    /// <summary>Hits and total of a rate metric (failed requests, passed checks) over the matching series.</summary>
    (long Hits, long Total) Rate(string metric, IReadOnlyDictionary<string, string> filter);

    /// <summary>The value of a counter metric over the matching series.</summary>
    double Count(string metric, IReadOnlyDictionary<string, string> filter);
}
