using BenchLab.Reports.Records;

namespace BenchLab.Reports.Charts;

/// <summary>
/// PostgreSQL data statements per request over time: the server role's statements per second (pg_stat_statements)
/// divided by the requests completed in the same second. A flat line is the route's statement count; a line that
/// grows with load is a pool or retry effect.
/// </summary>
public static class StatementsChart
{
    public const string Kind = "statements-per-request";

    public static Chart? Render(string id, IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var plot = ChartStyle.NewPlot("seconds since the measurement started", "statements / request");
        var drawn = 0;
        var max = 0.0;
        foreach (var entry in entries)
        {
            var timeline = entry.RepresentativeLoad?.Timeline() ?? [];
            var points = entry.RepresentativeTelemetry
                .Where(p => p.StatementsPerSecond is not null)
                .Select(p => (p.Second, Rate: RateAt(timeline, p.Second), Statements: p.StatementsPerSecond!.Value))
                .Where(p => p.Rate > 0)
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }
            var perRequest = points.Select(p => p.Statements / p.Rate).ToList();
            ChartStyle.Line(plot, [.. points.Select(p => p.Second)], perRequest, ChartStyle.ColorOf(entry.ColorIndex), entry.Series, 2f);
            max = Math.Max(max, perRequest.Max());
            drawn++;
        }
        if (drawn == 0)
        {
            return null;
        }
        ChartStyle.TimeFrame(plot, entries.Max(e => e.Scenario.DurationSeconds), max);
        ChartStyle.ShowLegend(plot, entries.Count > 1 ? drawn : 0);
        return ChartStyle.Render(plot, Kind, id, "Statements per request",
            "The server role's PostgreSQL data statements per second divided by the requests completed in that second (median repetition; seconds lined up to ±0.5 s).");
    }

    /// <summary>Requests per second of the timeline second that the telemetry frame (which covers the second before it) overlaps most.</summary>
    private static double RateAt(IReadOnlyList<TimelinePoint> timeline, double second)
    {
        var middle = second - 0.5;
        var point = timeline.FirstOrDefault(p => middle >= p.Second && middle < p.Second + 1);
        return point?.RequestsPerSecond ?? 0;
    }
}
