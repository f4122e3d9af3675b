using System.Globalization;
using System.Text;
using BenchLab.Reports.Charts;
using BenchLab.Results.Comparison;
using BenchLab.Results.Export;

namespace BenchLab.Reports.Html;

/// <summary>A comparison of B against A as HTML: who is who, the method, warnings, the verdicts, every metric, two ratio charts.</summary>
public static class ComparisonFragment
{
    public static string Render(RunComparison comparison, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<dl class=\"facts\"><dt>A</dt><dd>{HtmlText.Encode(ComparisonText.Describe(comparison.Baseline))}</dd><dt>B</dt><dd>{HtmlText.Encode(ComparisonText.Describe(comparison.Candidate))}</dd></dl>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{HtmlText.Encode(ComparisonText.Method.Replace("*", "", StringComparison.Ordinal))}</p>");
        foreach (var warning in comparison.Warnings)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"warning\">Warning: {HtmlText.Encode(warning)}.</p>");
        }
        if (comparison.Scenarios.Count == 0)
        {
            return html.Append("<p>No scenario was measured in both results: nothing to compare.</p>").ToString();
        }
        var summary = new HtmlTable("Scenario", "repetitions A / B", "B is", "req/s B / A (95 % CI)", "p95 B / A (95 % CI)", "p99 B / A (95 % CI)");
        foreach (var scenario in comparison.Scenarios)
        {
            summary.RowHtml(HtmlText.Encode(scenario.Name), $"{scenario.BaselineRepetitions} / {scenario.CandidateRepetitions}", Verdict(scenario.Verdict),
                Cell(scenario.Metrics[0]), Cell(scenario.Metrics[1]), Cell(scenario.Metrics[2]));
        }
        html.Append(summary);
        html.Append(ChartFigure.Grid([RatioChart.Render($"{idPrefix}-rps", comparison, 0), RatioChart.Render($"{idPrefix}-p95", comparison, 1)]));
        var detail = new HtmlTable("Scenario", "Metric", "A (median)", "B (median)", "B / A", "95 % CI", "p (Mann–Whitney)", "B is");
        foreach (var scenario in comparison.Scenarios)
        {
            foreach (var metric in scenario.Metrics.Concat(scenario.Groups))
            {
                detail.RowHtml(HtmlText.Encode(scenario.Name), HtmlText.Encode(metric.Metric),
                    HtmlText.Encode(ComparisonText.Value(metric, metric.BaselineMedian)), HtmlText.Encode(ComparisonText.Value(metric, metric.CandidateMedian)),
                    HtmlText.Encode(ComparisonText.Ratio(metric.Ratio)), HtmlText.Encode(ComparisonText.Interval(metric.Interval)), HtmlText.Encode(ComparisonText.PValue(metric.PValue)),
                    metric.Verdict == Results.Comparison.Verdict.NoVerdict ? HtmlText.Encode(ComparisonText.VerdictCell(metric)) : Verdict(metric.Verdict));
            }
        }
        html.Append("<h3>Every metric</h3>").Append(detail);
        var notes = comparison.Scenarios.SelectMany(s => s.Notes.Select(n => $"{s.Name}: {n}")).ToList();
        if (notes.Count > 0)
        {
            html.Append("<ul>").Append(string.Concat(notes.Select(n => $"<li>{HtmlText.Encode(n)}</li>"))).Append("</ul>");
        }
        if (comparison.OnlyInBaseline.Count + comparison.OnlyInCandidate.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Not compared — only in A: {HtmlText.Encode(string.Join(", ", comparison.OnlyInBaseline.DefaultIfEmpty("none")))}; only in B: {HtmlText.Encode(string.Join(", ", comparison.OnlyInCandidate.DefaultIfEmpty("none")))}.</p>");
        }
        return html.ToString();
    }

    private static string Verdict(Verdict verdict) => verdict switch
    {
        Results.Comparison.Verdict.Faster => "<span class=\"good\">faster</span>",
        Results.Comparison.Verdict.Slower => "<span class=\"bad\">slower</span>",
        _ => HtmlText.Encode(verdict.Describe()),
    };

    private static string Cell(MetricComparison metric) => HtmlText.Encode(
        metric.Interval is null ? ComparisonText.Ratio(metric.Ratio) : $"{ComparisonText.Ratio(metric.Ratio)} ({ComparisonText.Interval(metric.Interval)})");
}
