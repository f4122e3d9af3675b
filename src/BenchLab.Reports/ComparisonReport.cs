using System.Globalization;
using BenchLab.Reports.Html;
using BenchLab.Results.Comparison;

namespace BenchLab.Reports;

/// <summary>compare.html: `./benchlab compare A B` as a self-contained page (the same content as the Markdown, with ratio charts).</summary>
public static class ComparisonReport
{
    public static string Render(RunComparison comparison, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var title = $"{comparison.Candidate.Server.Label} (B) against {comparison.Baseline.Server.Label} (A)";
        var body = $"<header><h1>{HtmlText.Encode(title)}</h1><p class=\"muted\">BenchLab comparison, generated {generatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.</p></header>"
            + $"<section id=\"comparison\">{ComparisonFragment.Render(comparison, "cmp")}</section>";
        return HtmlPage.Render(title, body);
    }
}
