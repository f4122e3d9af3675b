using HdrHistogram;

namespace BenchLab.Load.Results;

/// <summary>k6's summary of a trend, in milliseconds: avg, min, med, max, p(90), p(95), p(99), and the count.</summary>
public sealed record Trend(long Count, double Avg, double Min, double Med, double Max, double P90, double P95, double P99)
{
    public static readonly Trend Empty = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Summarises a histogram recorded in microseconds.</summary>
    public static Trend Of(HistogramBase? histogram)
    {
        if (histogram is null || histogram.TotalCount == 0)
        {
            return Empty;
        }
        double Ms(long us) => us / 1000.0;
        return new Trend(
            histogram.TotalCount,
            histogram.GetMean() / 1000.0,
            Ms(histogram.LowestEquivalentValue(Thresholds.ThresholdEvaluator.MinValue(histogram))),
            Ms(histogram.GetValueAtPercentile(50)),
            Ms(histogram.GetMaxValue()),
            Ms(histogram.GetValueAtPercentile(90)),
            Ms(histogram.GetValueAtPercentile(95)),
            Ms(histogram.GetValueAtPercentile(99)));
    }
}
