using BenchLab.Results.Comparison;
using BenchLab.Results.Model;
using BenchLab.Results.Statistics;

namespace BenchLab.Results.Reference;

/// <summary>
/// The original's figures (contract §6) beside ours, one row per published figure: req/s and p95 of each
/// scenario, the group p95 of grouped ones. For 01–08 the row is the original's reference server, pragmatic
/// FastAPI (D2); the other four frameworks are on the scenario pages. Ours is the median over valid repetitions.
/// </summary>
public static class ReferenceTable
{
    public const string ReferenceServer = "FastAPI pragmatic";

    public static IReadOnlyList<ReferenceRow> Rows(LatestMeasurements measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var rows = new List<ReferenceRow>();
        foreach (var figure in OriginalFigures.All.Where(f => f.Server == ReferenceServer))
        {
            var scenario = measurements.Scenario(figure.ScenarioId);
            if (figure.Group is not null)
            {
                rows.Add(Row(figure, $"{figure.Group} p95", "ms", RepetitionMetric.GroupP95(figure.Group), figure.P95!.Value, scenario));
                continue;
            }
            if (figure.RequestsPerSecond is { } rps)
            {
                // 16-b's "RPS" is iterations/s (two requests each, §6.7).
                var perIteration = figure.ScenarioId == "16-b";
                rows.Add(Row(figure, perIteration ? "iterations/s" : "req/s", perIteration ? "1/s" : "req/s",
                    perIteration ? RepetitionMetric.IterationsPerSecond : RepetitionMetric.RequestsPerSecond, rps, scenario));
            }
            if (figure.P95 is { } p95)
            {
                rows.Add(Row(figure, "p95", "ms", RepetitionMetric.P95, p95, scenario));
            }
        }
        return rows;
    }

    /// <summary>Scenario ids the original published figures for that the results do not hold.</summary>
    public static IReadOnlyList<string> NotMeasured(IReadOnlyList<ReferenceRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Where(r => !r.Measured).Select(r => r.ScenarioId).Distinct()];
    }

    private static ReferenceRow Row(OriginalFigure figure, string metric, string unit, RepetitionMetric read, double original, ScenarioResult? scenario)
    {
        var values = scenario is null ? [] : read.Values(scenario);
        var ours = values.Count == 0 ? double.NaN : Bootstrap.Median(values);
        return new ReferenceRow(figure.ScenarioId, metric, unit, read.HigherIsBetter, figure.Server, figure.Source, original, ours, values.Count);
    }
}
