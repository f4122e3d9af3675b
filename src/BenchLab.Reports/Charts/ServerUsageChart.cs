namespace BenchLab.Reports.Charts;

/// <summary>The server process's CPU (left axis, % of one core) and resident memory (right axis) during the representative repetition.</summary>
public static class ServerUsageChart
{
    public const string Kind = "server-usage";

    public static Chart? Render(string id, IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var plot = ChartStyle.NewPlot("seconds since the measurement started", "server CPU (% of one core)");
        var drawn = 0;
        double maxCpu = 0, maxRss = 0;
        foreach (var entry in entries)
        {
            var points = entry.RepresentativeTelemetry.Where(p => p.CpuPercent is not null && p.RssMb is not null).ToList();
            if (points.Count == 0)
            {
                continue;
            }
            var color = ChartStyle.ColorOf(entry.ColorIndex);
            var xs = points.Select(p => p.Second).ToList();
            var prefix = entries.Count == 1 ? "" : entry.Series + " ";
            ChartStyle.Line(plot, xs, [.. points.Select(p => p.CpuPercent!.Value)], color, prefix + "CPU %", 2f);
            var rss = ChartStyle.Line(plot, xs, [.. points.Select(p => p.RssMb!.Value)], color, prefix + "RSS (MB)", 1f, marked: true);
            rss.Axes.YAxis = plot.Axes.Right;
            maxCpu = Math.Max(maxCpu, points.Max(p => p.CpuPercent!.Value));
            maxRss = Math.Max(maxRss, points.Max(p => p.RssMb!.Value));
            drawn++;
        }
        if (drawn == 0)
        {
            return null;
        }
        plot.Axes.Right.Label.Text = "resident memory (MB, circles)";
        plot.Axes.Right.Label.FontSize = 12;
        ChartStyle.TimeFrame(plot, entries.Max(e => e.Scenario.DurationSeconds), maxCpu);
        ChartStyle.FromZero(plot, maxRss, plot.Axes.Right);
        ChartStyle.ShowLegend(plot, drawn * 2);
        return ChartStyle.Render(plot, Kind, id, "Server CPU and memory",
            "The server process (from /proc, sampled every second on the load engine's clock): CPU in % of one core (200 % = both cores of this machine), resident set size with circles, on the right axis.");
    }
}
