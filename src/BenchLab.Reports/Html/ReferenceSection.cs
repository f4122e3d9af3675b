using System.Globalization;
using System.Text;
using BenchLab.Results.Export;
using BenchLab.Results.Reference;

namespace BenchLab.Reports.Html;

/// <summary>The original lab beside ours, per server label: whether its findings hold in C#, then its published figures beside ours.</summary>
public static class ReferenceSection
{
    public static string Render(IReadOnlyList<LatestMeasurements> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var html = new StringBuilder("<section id=\"reference\"><h2>The original lab beside ours</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{HtmlText.Encode(FindingsMarkdown.Rule.Replace("*", "", StringComparison.Ordinal))}</p>");
        foreach (var measurements in labels)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>Findings of the original — {HtmlText.Encode(measurements.Label)}</h3>");
            var findings = new HtmlTable("Finding of the original", "Scenarios", "Original", "Ours", "In C#");
            foreach (var finding in OriginalFindings.Evaluate(measurements))
            {
                findings.RowHtml(HtmlText.Encode(finding.Claim), HtmlText.Encode(finding.Scenarios), HtmlText.Encode(finding.Original), HtmlText.Encode(finding.Ours), Status(finding));
            }
            html.Append(findings);
            html.Append(CultureInfo.InvariantCulture, $"<h3>Published figures beside ours — {HtmlText.Encode(measurements.Label)}</h3>");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The original's reference server is {ReferenceTable.ReferenceServer} (Python, SQLAlchemy with echo, one uvicorn process, in Docker on an 18-core host); ours is the median over valid repetitions on this machine. Absolute ratios mix the machines with the stacks.</p>");
            var table = new HtmlTable("Scenario", "Metric", "Original", "Ours", "Ours is", "Repetitions", "Original source");
            var rows = ReferenceTable.Rows(measurements);
            foreach (var row in rows.Where(r => r.Measured))
            {
                table.Row(row.ScenarioId, row.Metric, Value(row, row.Original), Value(row, row.Ours), ComparisonText.Speedup(row.Speedup), row.Repetitions.ToString(CultureInfo.InvariantCulture), row.Source);
            }
            html.Append(table.IsEmpty ? "" : table.ToString());
            var missing = ReferenceTable.NotMeasured(rows);
            if (missing.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Published by the original but not in these results: {HtmlText.Encode(string.Join(", ", missing))}.</p>");
            }
        }
        return html.Append("</section>").ToString();
    }

    private static string Status(FindingResult finding)
    {
        var text = HtmlText.Encode(FindingsMarkdown.Status(finding));
        return finding.Status switch
        {
            FindingStatus.Holds => $"<span class=\"good\">{text}</span>",
            FindingStatus.Contradicted => $"<span class=\"bad\">{text}</span>",
            _ => text,
        };
    }

    private static string Value(ReferenceRow row, double value) => row.HigherIsBetter ? Numbers.Rate(value) : Numbers.Ms(value);
}
