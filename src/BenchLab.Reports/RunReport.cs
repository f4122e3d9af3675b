using System.Globalization;
using System.Text;
using BenchLab.Reports.Html;
using BenchLab.Results.Comparison;
using BenchLab.Results.Model;
using BenchLab.Results.Reference;

namespace BenchLab.Reports;

/// <summary>
/// report.html: one self-contained page for one or several results — a summary, each scenario with its charts
/// and tables, comparisons when several results are given, the original lab beside ours, and the machine and
/// settings. It reads only the result model, so it can be regenerated from result.json at any time.
/// </summary>
public static class RunReport
{
    public const string FileName = "report.html";

    public static string Render(IReadOnlyList<RunResult> runs, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("a report needs at least one result", nameof(runs));
        }
        var series = ReportSeries.Of(runs);
        var ids = ReportSeries.ScenarioIds(series);
        var title = runs.Count == 1
            ? $"{runs[0].Server.Label} — {runs[0].Mode} run {runs[0].RunId}"
            : $"{string.Join(", ", series.Select(s => s.Name))} — {runs.Count} results";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<header><h1>{HtmlText.Encode(title)}</h1><p class=\"muted\">BenchLab report, generated {generatedAt:yyyy-MM-dd HH:mm} UTC from {runs.Count} result file{(runs.Count == 1 ? "" : "s")}. Latencies in ms.</p>");
        foreach (var note in ModeNotes(runs))
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"warning\">{HtmlText.Encode(note)}</p>");
        }
        body.Append("</header>");
        body.Append(Contents(series, ids));
        body.Append(SummarySection.Render(series));
        if (series.Count > 1)
        {
            body.Append("<section id=\"comparisons\"><h2>Comparisons</h2>");
            foreach (var other in series.Skip(1))
            {
                body.Append(CultureInfo.InvariantCulture, $"<h3>{HtmlText.Encode(other.Name)} (B) against {HtmlText.Encode(series[0].Name)} (A)</h3>");
                body.Append(ComparisonFragment.Render(RunComparison.Of(series[0].Run, other.Run), $"cmp{other.ColorIndex}"));
            }
            body.Append("</section>");
        }
        foreach (var id in ids)
        {
            var notMeasured = series.SelectMany(s => s.Run.Scenarios.Where(x => x.Id == id && x.Repetitions.Count == 0)
                .Select(x => $"{s.Name}: not measured — {NotMeasuredReason(s.Run, x)}"));
            body.Append(ScenarioSection.Render(id, ReportSeries.Entries(series, id), notMeasured));
        }
        body.Append(ReferenceSection.Render(LatestMeasurements.PerLabel(runs)));
        body.Append(EnvironmentSection.Render(series));
        return HtmlPage.Render(title, body.ToString());
    }

    public static async Task WriteAsync(IReadOnlyList<RunResult> runs, string path, CancellationToken cancellationToken = default)
    {
        var html = Render(runs, DateTimeOffset.UtcNow);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, html, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public static string NotMeasuredReason(RunResult run, ScenarioResult scenario)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.NotMeasuredReason ?? (run.Partial ? "not reached yet (the run is partial)" : "no repetition recorded");
    }

    private static IEnumerable<string> ModeNotes(IReadOnlyList<RunResult> runs)
    {
        foreach (var run in runs.Where(r => r.Mode != "full"))
        {
            yield return run.Mode == "smoke"
                ? $"{run.Server.Label} {run.RunId} is a smoke run: it proves that the scenarios run; its figures are not to be quoted."
                : $"{run.Server.Label} {run.RunId} is a {run.Mode} run: one short repetition per scenario unless --repeat was given — a tour, not a figure to quote; no verdict with fewer than 5 repetitions.";
        }
        foreach (var run in runs.Where(r => r.Partial))
        {
            yield return $"{run.Server.Label} {run.RunId} is partial: {run.PartialReason}.";
        }
    }

    private static string Contents(IReadOnlyList<ReportSeries> series, IReadOnlyList<string> ids)
    {
        var items = new StringBuilder("<nav><ul><li><a href=\"#summary\">Summary</a></li>");
        if (series.Count > 1)
        {
            items.Append("<li><a href=\"#comparisons\">Comparisons</a></li>");
        }
        foreach (var id in ids)
        {
            var name = series.SelectMany(s => s.Run.Scenarios).First(s => s.Id == id).Name;
            items.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#scenario-{HtmlText.Slug(id)}\">{HtmlText.Encode(name)}</a></li>");
        }
        return items.Append("<li><a href=\"#reference\">The original lab beside ours</a></li><li><a href=\"#environment\">Machine and settings</a></li></ul></nav>").ToString();
    }
}
