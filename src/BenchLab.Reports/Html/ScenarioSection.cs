using System.Globalization;
using System.Text;
using BenchLab.Reports.Charts;

namespace BenchLab.Reports.Html;

/// <summary>One scenario: what it shows, how it ran, the charts, then its tables.</summary>
public static class ScenarioSection
{
    public static string Render(string scenarioId, IReadOnlyList<ScenarioEntry> entries, IEnumerable<string> notMeasured)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(notMeasured);
        var slug = HtmlText.Slug(scenarioId);
        var html = new StringBuilder($"<section class=\"scenario\" id=\"scenario-{slug}\">");
        var first = entries.Count > 0 ? entries[0].Scenario : null;
        html.Append(CultureInfo.InvariantCulture, $"<h2>{HtmlText.Encode(first?.Name ?? scenarioId)}</h2>");
        foreach (var reason in notMeasured)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"warning\">{HtmlText.Encode(reason)}</p>");
        }
        if (first is null)
        {
            return html.Append("</section>").ToString();
        }
        html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlText.Encode(first.Shows)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{HtmlText.Encode(first.Executor)}; {first.WarmupSeconds:0.#} s warm-up, {first.DurationSeconds:0.#} s measured; {string.Join("; ", entries.Select(e => $"{e.Series}: {e.Measured.Count} of {e.Scenario.Repetitions.Count} repetitions valid"))}.</p>");
        var id = $"s{slug}";
        if (entries.Count > 1)
        {
            html.Append(ChartFigure.Grid(ScenarioBarCharts.Render(id, entries)));
        }
        html.Append(ChartFigure.Grid(
        [
            LatencyTimelineChart.Render($"{id}-{LatencyTimelineChart.Kind}", entries),
            ThroughputTimelineChart.Render($"{id}-{ThroughputTimelineChart.Kind}", entries),
            PercentileSpectrumChart.Render($"{id}-{PercentileSpectrumChart.Kind}", entries),
            ServerUsageChart.Render($"{id}-{ServerUsageChart.Kind}", entries),
            StatementsChart.Render($"{id}-{StatementsChart.Kind}", entries),
            HitRatioChart.Render($"{id}-{HitRatioChart.Kind}", entries),
        ]));
        html.Append(ScenarioTables.Groups(entries));
        html.Append(ScenarioTables.Thresholds(entries));
        html.Append(ScenarioTables.Checks(entries));
        html.Append(ScenarioTables.Outcomes(entries));
        html.Append(ScenarioTables.Statements(entries));
        html.Append(ScenarioTables.Problems(entries));
        return html.Append("</section>").ToString();
    }
}
