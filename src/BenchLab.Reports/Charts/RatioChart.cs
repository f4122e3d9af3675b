using BenchLab.Results.Comparison;

namespace BenchLab.Reports.Charts;

/// <summary>
/// A comparison at a glance: per scenario, how many times faster B is than A (req/s B/A; p95 A/B), with the
/// 95 % bootstrap interval as the error bar; above the grey 1× line B is faster.
/// </summary>
public static class RatioChart
{
    public const string Kind = "compare-ratios";

    public static Chart? Render(string id, RunComparison comparison, int metricIndex)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var metric = ScenarioComparison.Headline[metricIndex];
        var bars = comparison.Scenarios.Select(s =>
        {
            var m = s.Metrics[metricIndex];
            var flip = !m.HigherIsBetter;
            double Speed(double r) => flip ? 1 / r : r;
            return m.Interval is null
                ? new BarValue(s.Id, m.Speedup, double.NaN, double.NaN, 0)
                : new BarValue(s.Id, m.Speedup, Math.Min(Speed(m.Interval.Lower), Speed(m.Interval.Upper)), Math.Max(Speed(m.Interval.Lower), Speed(m.Interval.Upper)), 0);
        }).ToList();
        var what = metric.HigherIsBetter ? $"{metric.Name} B / A" : $"{metric.Name} A / B";
        return BarChart.Render(Kind, id, $"Speed-up of B by {metric.Name}",
            $"{what} per scenario (above 1×: B is faster), with the 95 % bootstrap interval where both sides have 5 or more repetitions.",
            $"speed-up ({what})", bars, referenceLine: 1);
    }
}
