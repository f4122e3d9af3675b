using System.Globalization;
using System.Text;
using BenchLab.Results.Comparison;

namespace BenchLab.Results.Export;

/// <summary>`./benchlab compare A B` as Markdown: the verdict per scenario, then every metric with its interval and p-value.</summary>
public static class ComparisonMarkdown
{
    public static string Render(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {comparison.Candidate.Server.Label} (B) against {comparison.Baseline.Server.Label} (A)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- A: {ComparisonText.Describe(comparison.Baseline)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- B: {ComparisonText.Describe(comparison.Candidate)}");
        text.AppendLine();
        text.AppendLine(ComparisonText.Method);
        text.AppendLine();
        foreach (var warning in comparison.Warnings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"> **Warning:** {warning}.");
            text.AppendLine();
        }
        if (comparison.Scenarios.Count == 0)
        {
            text.AppendLine("No scenario was measured in both results: nothing to compare.");
            AppendOnlyOnOneSide(text, comparison);
            return text.ToString();
        }
        var summary = new MarkdownTable("Scenario", "repetitions A / B", "B is", "req/s B / A (95 % CI)", "p95 B / A (95 % CI)", "p99 B / A (95 % CI)");
        foreach (var scenario in comparison.Scenarios)
        {
            summary.Row(scenario.Name, $"{scenario.BaselineRepetitions} / {scenario.CandidateRepetitions}",
                scenario.Verdict == Verdict.NoVerdict ? "no verdict possible" : $"**{scenario.Verdict.Describe()}**",
                Cell(scenario.Metrics[0]), Cell(scenario.Metrics[1]), Cell(scenario.Metrics[2]));
        }
        text.Append(summary);
        text.AppendLine();
        text.AppendLine("## Every metric");
        text.AppendLine();
        var detail = new MarkdownTable("Scenario", "Metric", "A (median)", "B (median)", "B / A", "95 % CI", "p", "B is");
        foreach (var scenario in comparison.Scenarios)
        {
            foreach (var metric in scenario.Metrics.Concat(scenario.Groups))
            {
                detail.Row(scenario.Name, metric.Metric, ComparisonText.Value(metric, metric.BaselineMedian), ComparisonText.Value(metric, metric.CandidateMedian),
                    ComparisonText.Ratio(metric.Ratio), ComparisonText.Interval(metric.Interval), ComparisonText.PValue(metric.PValue), ComparisonText.VerdictCell(metric));
            }
        }
        text.Append(detail);
        var notes = comparison.Scenarios.SelectMany(s => s.Notes.Select(n => $"- {s.Name}: {n}")).ToList();
        if (notes.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(string.Join(Environment.NewLine, notes));
        }
        AppendOnlyOnOneSide(text, comparison);
        return text.ToString();
    }

    private static string Cell(MetricComparison metric) =>
        metric.Interval is null ? ComparisonText.Ratio(metric.Ratio) : $"{ComparisonText.Ratio(metric.Ratio)} ({ComparisonText.Interval(metric.Interval)})";

    private static void AppendOnlyOnOneSide(StringBuilder text, RunComparison comparison)
    {
        if (comparison.OnlyInBaseline.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Only in A (not compared): {string.Join(", ", comparison.OnlyInBaseline)}.");
        }
        if (comparison.OnlyInCandidate.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Only in B (not compared): {string.Join(", ", comparison.OnlyInCandidate)}.");
        }
    }
}
