using BenchLab.Reports.Records;

namespace BenchLab.Reports.Charts;

/// <summary>
/// Requests per second of every second, one line per repetition (the representative one drawn strong), and
/// failed requests per second on the right axis when there were any — a dip or a burst of errors shows where it happened.
/// </summary>
public static class ThroughputTimelineChart
{
    public const string Kind = "throughput-timeline";

    public static Chart? Render(string id, IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var plot = ChartStyle.NewPlot("seconds since the measurement started", "requests / s");
        var drawn = new List<TimelinePoint>();
        var legend = 0;
        var maxErrors = 0L;
        foreach (var entry in entries)
        {
            var color = ChartStyle.ColorOf(entry.ColorIndex);
            var representative = entry.Representative;
            foreach (var repetition in entry.Measured.Where(r => r != representative))
            {
                var points = LoadRecord.Of(repetition.LoadRecord)?.Timeline() ?? [];
                if (points.Count > 0)
                {
                    ChartStyle.Line(plot, [.. points.Select(p => p.Second)], [.. points.Select(p => p.RequestsPerSecond)], color.WithAlpha(0.3), null, 1f);
                    drawn.AddRange(points);
                }
            }
            var main = entry.RepresentativeLoad?.Timeline() ?? [];
            if (main.Count == 0)
            {
                continue;
            }
            var xs = main.Select(p => p.Second).ToList();
            ChartStyle.Line(plot, xs, [.. main.Select(p => p.RequestsPerSecond)], color, entries.Count == 1 ? $"repetition {representative.Index} (median)" : entry.Series, 2f);
            drawn.AddRange(main);
            legend++;
            if (main.Any(p => p.Errors > 0))
            {
                var errors = ChartStyle.Line(plot, xs, [.. main.Select(p => (double)p.Errors)], ScottPlot.Colors.Red, entries.Count == 1 ? "failed / s" : $"{entry.Series} failed / s", 1f, marked: true);
                errors.Axes.YAxis = plot.Axes.Right;
                maxErrors = Math.Max(maxErrors, main.Max(p => p.Errors));
                legend++;
            }
        }
        if (drawn.Count == 0)
        {
            return null;
        }
        ChartStyle.TimeFrame(plot, entries.Max(e => e.Scenario.DurationSeconds), drawn.Max(p => p.RequestsPerSecond));
        if (maxErrors > 0)
        {
            plot.Axes.Right.Label.Text = "failed requests / s (circles)";
            plot.Axes.Right.Label.FontSize = 12;
            ChartStyle.FromZero(plot, maxErrors, plot.Axes.Right);
        }
        ChartStyle.ShowLegend(plot, legend);
        return ChartStyle.Render(plot, Kind, id, "Throughput and errors over time",
            "Requests per second of each repetition (faint) and of the median one (strong)" +
            (maxErrors > 0 ? "; failed requests per second of the median repetition on the right axis." : "; the median repetition had no failed request."));
    }
}
