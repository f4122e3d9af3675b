using System.Globalization;
using BenchLab.Results.Comparison;
using BenchLab.Results.Model;
using BenchLab.Results.Statistics;

namespace BenchLab.Results.Export;

/// <summary>How comparisons read, in Markdown and HTML alike: ratios, intervals, p-values, the method in one paragraph.</summary>
public static class ComparisonText
{
    public const string Method =
        "Each figure is the median over the valid repetitions of each side; B / A is the ratio of the medians, with a 95 % percentile " +
        "bootstrap confidence interval (10,000 resamples of each side's repetitions, seeded: the same files give the same interval). " +
        "p is the two-sided Mann–Whitney U test over the repetitions (Perfolizer). The verdict is *faster* or *slower* when p < 0.05 " +
        "**and** the interval excludes 1, *no detectable difference* otherwise; with fewer than 5 valid repetitions on a side only the " +
        "ratio is given and no verdict is possible. A scenario's verdict combines req/s, p95 and p99: *mixed* when they disagree.";

    public static string Ratio(double ratio) => double.IsFinite(ratio) ? ratio.ToString(ratio >= 10 ? "0.#" : "0.###", CultureInfo.InvariantCulture) + "×" : "–";

    public static string Interval(ConfidenceInterval? interval) => interval is null ? "–" : $"{Ratio(interval.Lower)} – {Ratio(interval.Upper)}";

    public static string PValue(double? p) => p is not { } v ? "–" : v < 0.001 ? "< 0.001" : v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"1.25× faster", "2× slower" or "same" — whichever way the metric points.</summary>
    public static string Speedup(double speedup) => !double.IsFinite(speedup) ? "–"
        : speedup >= 1.005 ? $"{Numbers.Ratio(speedup)} faster"
        : speedup <= 0.995 ? $"{Numbers.Ratio(1 / speedup)} slower"
        : "same";

    public static string Value(MetricComparison metric, double value)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.HigherIsBetter ? Numbers.Rate(value) : Numbers.Ms(value);
    }

    public static string VerdictCell(MetricComparison metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Verdict == Verdict.NoVerdict ? $"no verdict ({metric.Reason})" : metric.Verdict.Describe();
    }

    /// <summary>"minimal@pool1 · full run 2026-11-27T155605 · commit 84d7b5f44d · 5 repetitions of 11-db-n-plus-one".</summary>
    public static string Describe(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var commit = run.Environment.GitCommit is { } c ? c[..Math.Min(10, c.Length)] : "unknown";
        var variant = run.Server.VariantEnvironment.Count == 0 ? "" : $" ({string.Join(", ", run.Server.VariantEnvironment.Select(p => $"{p.Key}={p.Value}"))})";
        return $"{run.Server.Label}{variant} · {run.Mode} run {run.RunId} · commit {commit}{(run.Environment.GitDirty ? " (uncommitted changes)" : "")} · placement {run.Environment.Placement}{(run.Partial ? " · partial" : "")}";
    }
}
