using System.Globalization;
using BenchLab.Results.Comparison;
using BenchLab.Results.Export;
using BenchLab.Results.Statistics;

namespace BenchLab.Reports.Html;

/// <summary>Every scenario of every series in one table: the figures a reader looks for first, with spread and validity.</summary>
public static class SummarySection
{
    public static string Render(IReadOnlyList<ReportSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var several = series.Count > 1;
        var table = several
            ? new HtmlTable("Scenario", "Series", "req/s (median)", "req/s (mean ± sd)", "p50", "p95", "p99", "errors", "valid", "thresholds")
            : new HtmlTable("Scenario", "req/s (median)", "req/s (mean ± sd)", "p50", "p95", "p99", "errors", "valid", "thresholds");
        foreach (var id in ReportSeries.ScenarioIds(series))
        {
            foreach (var entry in ReportSeries.Entries(series, id))
            {
                table.RowHtml([.. Cells(entry, several)]);
            }
            foreach (var missing in series.SelectMany(s => s.Run.Scenarios.Where(x => x.Id == id && x.Repetitions.Count == 0).Select(x => (s, x))))
            {
                var cells = new List<string> { $"<a href=\"#scenario-{HtmlText.Slug(id)}\">{HtmlText.Encode(missing.x.Name)}</a>" };
                if (several)
                {
                    cells.Add(HtmlText.Encode(missing.s.Name));
                }
                cells.Add($"<em>not measured</em>: {HtmlText.Encode(RunReport.NotMeasuredReason(missing.s.Run, missing.x))}");
                cells.AddRange(Enumerable.Repeat("", 7));
                table.RowHtml([.. cells]);
            }
        }
        return $"<section id=\"summary\"><h2>Summary</h2><p class=\"muted\">Medians over the valid repetitions (latencies in ms); req/s also as mean ± standard deviation with its coefficient of variation from 5 repetitions on, flagged unstable above 5 %.</p>{table}</section>";
    }

    private static IEnumerable<string> Cells(ScenarioEntry entry, bool several)
    {
        var scenario = entry.Scenario;
        var stats = ScenarioStatistics.Of(scenario);
        yield return $"<a href=\"#scenario-{HtmlText.Slug(scenario.Id)}\">{HtmlText.Encode(scenario.Name)}</a>";
        if (several)
        {
            yield return HtmlText.Encode(entry.Series);
        }
        yield return Num(Numbers.Rate(Median(RepetitionMetric.RequestsPerSecond, entry)));
        yield return Num(HtmlText.Encode(Numbers.WithSpread(stats.RequestsPerSecond, Numbers.Rate)));
        yield return Num(Numbers.Ms(Median(RepetitionMetric.Median, entry)));
        yield return Num(Numbers.Ms(Median(RepetitionMetric.P95, entry)));
        yield return Num(Numbers.Ms(Median(RepetitionMetric.P99, entry)));
        yield return Num(HtmlText.Encode(Numbers.Percent(stats.ErrorRate)));
        yield return stats.ValidRepetitions == stats.Repetitions
            ? $"{stats.ValidRepetitions} of {stats.Repetitions}"
            : $"<span class=\"bad\">{stats.ValidRepetitions} of {stats.Repetitions}</span>";
        var thresholds = scenario.Repetitions.SelectMany(r => r.Thresholds).ToList();
        yield return thresholds.Count == 0 ? "none"
            : thresholds.All(t => t.Passed) ? "<span class=\"good\">all passed</span>"
            : $"<span class=\"bad\">{thresholds.Count(t => !t.Passed).ToString(CultureInfo.InvariantCulture)} failed</span>";
    }

    private static double Median(RepetitionMetric metric, ScenarioEntry entry)
    {
        var values = metric.Values(entry.Scenario);
        return values.Count == 0 ? double.NaN : Bootstrap.Median(values);
    }

    private static string Num(string html) => $"<span class=\"num\">{html}</span>";
}
