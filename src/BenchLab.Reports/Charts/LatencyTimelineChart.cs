namespace BenchLab.Reports.Charts;

/// <summary>p50, p95 and p99 of every second of the representative repetition; p95 and p99 per series when several are compared.</summary>
public static class LatencyTimelineChart
{
    public const string Kind = "latency-timeline";

    public static Chart? Render(string id, IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var timelines = entries.Select(e => (Entry: e, Points: e.RepresentativeLoad?.Timeline() ?? [])).Where(t => t.Points.Count > 0).ToList();
        if (timelines.Count == 0)
        {
            return null;
        }
        var plot = ChartStyle.NewPlot("seconds since the measurement started", "latency (ms)");
        var legend = 0;
        if (timelines.Count == 1)
        {
            var points = timelines[0].Points;
            var xs = points.Select(p => p.Second).ToList();
            ChartStyle.Line(plot, xs, [.. points.Select(p => p.P50)], ChartStyle.ColorOf(2), "p50");
            ChartStyle.Line(plot, xs, [.. points.Select(p => p.P95)], ChartStyle.ColorOf(1), "p95");
            ChartStyle.Line(plot, xs, [.. points.Select(p => p.P99)], ChartStyle.ColorOf(3), "p99");
            legend = 3;
        }
        else
        {
            foreach (var (entry, points) in timelines)
            {
                var xs = points.Select(p => p.Second).ToList();
                ChartStyle.Line(plot, xs, [.. points.Select(p => p.P95)], ChartStyle.ColorOf(entry.ColorIndex), $"{entry.Series} p95");
                ChartStyle.Line(plot, xs, [.. points.Select(p => p.P99)], ChartStyle.ColorOf(entry.ColorIndex), $"{entry.Series} p99", 1f, marked: true);
                legend += 2;
            }
        }
        ChartStyle.TimeFrame(plot, entries.Max(e => e.Scenario.DurationSeconds), timelines.SelectMany(t => t.Points).Max(p => p.P99));
        ChartStyle.ShowLegend(plot, legend);
        return ChartStyle.Render(plot, Kind, id, "Latency over time",
            timelines.Count == 1
                ? $"Per-second percentiles of repetition {timelines[0].Entry.Representative.Index} (the one with the median req/s)."
                : "Per-second p95 (plain line) and p99 (circles) of each series' median repetition.");
    }
}
