using BenchLab.Results.Comparison;
using BenchLab.Results.Statistics;

namespace BenchLab.Reports.Charts;

/// <summary>One scenario across servers or variants: median req/s and median p95 per series, the bars spanning the repetitions' range.</summary>
public static class ScenarioBarCharts
{
    public const string ThroughputKind = "compare-throughput";
    public const string LatencyKind = "compare-p95";

    public static IEnumerable<Chart> Render(string idPrefix, IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var throughput = BarChart.Render(ThroughputKind, $"{idPrefix}-{ThroughputKind}", "Throughput by series",
            "Median req/s over the valid repetitions; the error bar spans the lowest to the highest repetition.", "requests / s",
            [.. entries.Select(e => Bar(e, RepetitionMetric.RequestsPerSecond))]);
        var latency = BarChart.Render(LatencyKind, $"{idPrefix}-{LatencyKind}", "p95 by series",
            "Median p95 over the valid repetitions; the error bar spans the lowest to the highest repetition.", "p95 (ms)",
            [.. entries.Select(e => Bar(e, RepetitionMetric.P95))]);
        return new[] { throughput, latency }.OfType<Chart>();
    }

    private static BarValue Bar(ScenarioEntry entry, RepetitionMetric metric)
    {
        var values = metric.Values(entry.Scenario);
        return values.Count == 0
            ? new BarValue(entry.Series, double.NaN, double.NaN, double.NaN, entry.ColorIndex)
            : new BarValue(entry.Series, Bootstrap.Median(values), values.Min(), values.Max(), entry.ColorIndex);
    }
}
