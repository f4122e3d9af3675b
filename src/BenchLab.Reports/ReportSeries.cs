using BenchLab.Results.Model;

namespace BenchLab.Reports;

/// <summary>
/// The runs a report shows, each with its series name and colour: the server label, or label and run id when the
/// same label comes from several runs (categories measured separately, or a before and after).
/// </summary>
public sealed record ReportSeries(string Name, int ColorIndex, RunResult Run)
{
    public static IReadOnlyList<ReportSeries> Of(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var names = runs.Select(run => runs.Count(r => r.Server.Label == run.Server.Label) > 1 ? $"{run.Server.Label} · {run.RunId}" : run.Server.Label).ToList();
        // The same result given twice still gets two names, so that legends and comparisons stay readable.
        return [.. runs.Select((run, i) => new ReportSeries(names.Take(i).Contains(names[i]) ? $"{names[i]} ({i + 1})" : names[i], i, run))];
    }

    /// <summary>Scenario ids measured by any run, in the catalog's order (ids sort as the contract numbers them).</summary>
    public static IReadOnlyList<string> ScenarioIds(IReadOnlyList<ReportSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return [.. series.SelectMany(s => s.Run.Scenarios).Select(s => s.Id).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The entries of one scenario: every series that measured it.</summary>
    public static IReadOnlyList<ScenarioEntry> Entries(IReadOnlyList<ReportSeries> series, string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(series);
        return [.. series
            .Select(s => (s, Scenario: s.Run.Scenarios.FirstOrDefault(x => x.Id == scenarioId && x.Repetitions.Count > 0)))
            .Where(p => p.Scenario is not null)
            .Select(p => new ScenarioEntry(p.s.Name, p.s.ColorIndex, p.s.Run, p.Scenario!))];
    }
}
