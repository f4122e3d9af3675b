namespace BenchLab.Reports.Charts;

/// <summary>
/// PostgreSQL's buffer hit ratio (shared buffers, pg_stat_database) and Redis's keyspace hit ratio per second,
/// in %. Absent when neither was read during the measurement (a second without reads has no ratio, so a
/// scenario that barely touches the buffers has only a few points: they are drawn as dots).
/// </summary>
public static class HitRatioChart
{
    public const string Kind = "hit-ratios";

    public static Chart? Render(string id, IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var plot = ChartStyle.NewPlot("seconds since the measurement started", "hit ratio (%)");
        var drawn = 0;
        foreach (var entry in entries)
        {
            var telemetry = entry.RepresentativeTelemetry;
            var prefix = entries.Count == 1 ? "" : entry.Series + " ";
            var buffer = telemetry.Where(p => p.BufferHitRatio is not null).ToList();
            if (buffer.Count > 0)
            {
                ChartStyle.Line(plot, [.. buffer.Select(p => p.Second)], [.. buffer.Select(p => p.BufferHitRatio!.Value * 100)], ChartStyle.ColorOf(entry.ColorIndex), prefix + "PostgreSQL buffers", 2f).MarkerSize = 4;
                drawn++;
            }
            var redis = telemetry.Where(p => p.RedisHitRatio is not null).ToList();
            if (redis.Count > 0)
            {
                ChartStyle.Line(plot, [.. redis.Select(p => p.Second)], [.. redis.Select(p => p.RedisHitRatio!.Value * 100)], ChartStyle.ColorOf(entry.ColorIndex), prefix + "Redis keyspace", 1.5f, marked: true);
                drawn++;
            }
        }
        if (drawn == 0)
        {
            return null;
        }
        plot.Axes.SetLimitsX(0, Math.Max(1, entries.Max(e => e.Scenario.DurationSeconds)));
        plot.Axes.SetLimitsY(0, 105);
        ChartStyle.ShowLegend(plot, Math.Max(drawn, 2));
        return ChartStyle.Render(plot, Kind, id, "Hit ratios",
            "PostgreSQL shared-buffer hits ÷ (hits + reads) and Redis keyspace hits ÷ (hits + misses) per second of the median repetition (Redis with circles).");
    }
}
