namespace BenchLab.Load.Thresholds;

/// <summary>Evaluates thresholds against a metric source. A threshold that matches no samples fails, with a
/// note: a misspelled group must not pass silently.</summary>
public static class ThresholdEvaluator
{
    public static ThresholdResult Evaluate(Threshold threshold, IMetricSource source)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(source);
        double observed;
        if (MetricNames.Trends.Contains(threshold.Metric))
        {
            var histogram = source.Trend(threshold.Metric, threshold.Filter);
            if (histogram is null || histogram.TotalCount == 0)
            {
                return new ThresholdResult(threshold, double.NaN, false, "no samples matched");
            }
            observed = threshold.Aggregation switch
            {
                "avg" => HdrHistogram.HistogramExtensions.GetMean(histogram) / 1000.0,
                "min" => histogram.LowestEquivalentValue(MinValue(histogram)) / 1000.0,
                "max" => HdrHistogram.HistogramExtensions.GetMaxValue(histogram) / 1000.0,
                "med" => histogram.GetValueAtPercentile(50) / 1000.0,
                "count" => histogram.TotalCount,
                _ => histogram.GetValueAtPercentile(threshold.Percentile!.Value) / 1000.0,
            };
        }
        else if (MetricNames.Rates.Contains(threshold.Metric))
        {
            var (hits, total) = source.Rate(threshold.Metric, threshold.Filter);
            if (total == 0)
            {
                return new ThresholdResult(threshold, double.NaN, false, "no samples matched");
            }
            observed = hits / (double)total;
        }
        else
        {
            var count = source.Count(threshold.Metric, threshold.Filter);
            observed = threshold.Aggregation == "rate" ? (source.DurationSeconds > 0 ? count / source.DurationSeconds : 0) : count;
        }
        return new ThresholdResult(threshold, observed, Holds(observed, threshold.Operator, threshold.Value));
    }

    public static IReadOnlyList<ThresholdResult> EvaluateAll(IEnumerable<Threshold> thresholds, IMetricSource source) =>
        thresholds.Select(t => Evaluate(t, source)).ToList();

    internal static long MinValue(HdrHistogram.HistogramBase histogram)
    {
        foreach (var value in histogram.RecordedValues())
        {
            return value.ValueIteratedTo;
        }
        return 0;
    }

    private static bool Holds(double observed, string op, double value) => op switch
    {
        "<" => observed < value,
        "<=" => observed <= value,
        ">" => observed > value,
        ">=" => observed >= value,
        "==" => Math.Abs(observed - value) < 1e-9,
        "!=" => Math.Abs(observed - value) >= 1e-9,
        _ => false,
    };
}
