using System.Globalization;
using System.Text;
using BenchLab.Results.Model;
using BenchLab.Results.Reference;

namespace BenchLab.Results.Export;

/// <summary>
/// The original lab beside ours, for one server label: whether each of its findings holds in C#, then every
/// published figure with ours and the speed-up. `./benchlab report --findings` prints it.
/// </summary>
public static class FindingsMarkdown
{
    public const string Rule =
        "A finding of direction holds when ours points the same way; a finding of size (\"about 4×\") holds within a factor of 2 of the " +
        "original's ratio and is *refined* outside it. With 5 or more repetitions the ratio has a 95 % bootstrap interval, and an interval " +
        "that includes 1 is *inconclusive*; with fewer the status is read from the point estimate and marked indicative.";

    public static string Render(LatestMeasurements measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# The original lab's findings in C# — {measurements.Label}");
        text.AppendLine();
        text.AppendLine(Rule);
        text.AppendLine();
        var findings = new MarkdownTable("Finding of the original", "Scenarios", "Original", "Ours", "In C#", "Measured in");
        var runs = new List<RunResult>();
        foreach (var finding in OriginalFindings.Evaluate(measurements))
        {
            var used = finding.Scenarios.Split(", ").Select(measurements.RunOf).OfType<RunResult>().Distinct().ToList();
            runs.AddRange(used.Except(runs));
            findings.Row(finding.Claim, finding.Scenarios, finding.Original, finding.Ours, Status(finding), string.Join(", ", used.Select(r => $"run {runs.IndexOf(r) + 1}")));
        }
        text.Append(findings);
        text.AppendLine();
        foreach (var (run, index) in runs.Select((r, i) => (r, i)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- run {index + 1}: `{run.Server.Label}` {run.Mode} run {run.RunId}{(run.Partial ? " (partial)" : "")} — {RunProvenance.Describe(run)}");
        }
        if (runs.Count > 0)
        {
            text.AppendLine();
        }
        text.AppendLine("## Published figures beside ours");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"The original ran {ReferenceTable.ReferenceServer} (Python, SQLAlchemy with echo, one uvicorn process) on an 18-core host in Docker; ours is the median over valid repetitions on this machine. Absolute ratios say as much about the machines as about the stacks; the findings above compare ratios within each side.");
        text.AppendLine();
        var rows = ReferenceTable.Rows(measurements);
        var table = new MarkdownTable("Scenario", "Metric", "Original", "Ours", "Ours is", "Repetitions", "Original source");
        foreach (var row in rows.Where(r => r.Measured))
        {
            table.Row(row.ScenarioId, row.Metric, Value(row, row.Original), Value(row, row.Ours), ComparisonText.Speedup(row.Speedup), row.Repetitions.ToString(CultureInfo.InvariantCulture), row.Source);
        }
        if (!table.IsEmpty)
        {
            text.Append(table);
            text.AppendLine();
        }
        var missing = ReferenceTable.NotMeasured(rows);
        if (missing.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Published by the original but not in these results: {string.Join(", ", missing)}.");
        }
        return text.ToString();
    }

    public static string Status(FindingResult finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var status = finding.Status.Describe();
        return finding.Indicative && finding.Status != FindingStatus.NotMeasured ? $"{status} (indicative: {finding.Basis})" : status;
    }

    private static string Value(ReferenceRow row, double value) => row.HigherIsBetter ? Numbers.Rate(value) : Numbers.Ms(value);
}
