using System.Globalization;
using System.Text;
using BenchLab.Results.Model;
using BenchLab.Results.Reference;
using BenchLab.Results.Statistics;

namespace BenchLab.Results.Export;

/// <summary>What a scenario page says about the scenario itself (from the catalog): how it runs and what it asks.</summary>
public sealed record ScenarioDescription(string Id, string Name, string Category, string Shows, string Executor, IReadOnlyList<string> Thresholds, string Resets, string Details);

/// <summary>One server's newest full-mode measurement of a scenario, and the run it came from.</summary>
public sealed record ScenarioMeasurement(RunResult Run, ScenarioResult Measured);

/// <summary>
/// docs/scenarios/&lt;id&gt;.md: what the scenario shows and how to run it, the latest measured table of each server
/// (with the date, commit, machine and spread of that run), and the original lab's figures beside them (contract §6).
/// </summary>
public static class ScenarioPage
{
    public static string Render(ScenarioDescription description, IReadOnlyList<ScenarioMeasurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(description);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {description.Name}");
        text.AppendLine();
        text.AppendLine(description.Shows);
        text.AppendLine();
        text.AppendLine("```bash");
        text.AppendLine(CultureInfo.InvariantCulture, $"./benchlab run {description.Id}            # quick: a look, not a figure");
        text.AppendLine(CultureInfo.InvariantCulture, $"./benchlab run {description.Id} --full     # the figures below");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Category: {description.Category}. Executor (full mode): {description.Executor}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Thresholds (they set the exit code): {(description.Thresholds.Count == 0 ? "none" : string.Join("; ", description.Thresholds.Select(t => $"`{t}`")))}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Resets: {description.Resets}.");
        if (description.Details.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {description.Details}");
        }
        text.AppendLine();
        if (measurements.Count == 0)
        {
            text.AppendLine("## Latest measurement on this machine");
            text.AppendLine();
            text.AppendLine("Not measured in full mode yet.");
            text.AppendLine();
        }
        foreach (var measurement in measurements)
        {
            AppendMeasured(text, measurement.Run, measurement.Measured, measurements.Count > 1);
        }
        AppendOriginal(text, description.Id, measurements);
        return text.ToString();
    }

    private static void AppendMeasured(StringBuilder text, RunResult run, ScenarioResult measured, bool named)
    {
        text.AppendLine(named ? $"## Latest measurement on this machine: {run.Server.Label}" : "## Latest measurement on this machine");
        text.AppendLine();
        var env = run.Environment;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{run.StartedAt:yyyy-MM-dd} · `{run.Server.Label}` · {run.Mode} mode, {measured.Repetitions.Count} repetitions of {measured.WarmupSeconds:0} s warm-up + {measured.DurationSeconds:0} s · commit {RunProvenance.ShortCommit(env)} · {env.CpuModel}, {env.Cores} cores, {env.MemoryGib} GiB · PostgreSQL {env.PostgresVersion}, Redis {env.RedisVersion} · placement {env.Placement}. Latencies in ms; ± is the standard deviation over the repetitions.");
        text.AppendLine();
        var stats = ScenarioStatistics.Of(measured);
        text.Append(new MarkdownTable("req/s", "avg", "med", "p95", "p99", "errors", "valid repetitions")
            .Row(Numbers.WithSpread(stats.RequestsPerSecond, Numbers.Rate), Numbers.Ms(stats.Average.Mean), Numbers.Ms(stats.Median.Mean),
                Numbers.WithSpread(stats.P95, Numbers.Ms), Numbers.Ms(stats.P99.Mean), Numbers.Percent(stats.ErrorRate), $"{stats.ValidRepetitions} of {stats.Repetitions}"));
        text.AppendLine();
        var groups = measured.Repetitions[0].Load.ByGroup.Select(g => g.Name).ToList();
        if (groups.Count > 1)
        {
            var baseline = ScenarioStatistics.GroupP95(measured, groups[0]).Mean;
            var table = new MarkdownTable("Group", "group p95", "vs " + groups[0]);
            foreach (var group in groups)
            {
                var p95 = ScenarioStatistics.GroupP95(measured, group);
                var ratio = baseline / p95.Mean;
                table.Row(group, Numbers.WithSpread(p95, Numbers.Ms), group == groups[0] ? "baseline" : ratio >= 1 ? $"{Numbers.Ratio(ratio)} faster" : $"{Numbers.Ratio(1 / ratio)} slower");
            }
            text.Append(table);
            text.AppendLine();
        }
        var last = measured.Repetitions[^1];
        var outcomes = last.Outcomes.Where(o => !o.Name.StartsWith("first request of VU", StringComparison.Ordinal)).ToList();
        if (outcomes.Count > 0)
        {
            var table = new MarkdownTable("Outcome (last repetition)", "value", "expected", "holds");
            foreach (var outcome in outcomes)
            {
                table.Row(outcome.Name, outcome.Text ?? (outcome.Unit == "ratio" ? Numbers.Percent(outcome.Value) : $"{Numbers.Value(outcome.Value)} {outcome.Unit}"), outcome.Expected ?? "", outcome.Holds is null ? "" : outcome.Holds.Value ? "yes" : "**no**");
            }
            text.Append(table);
            text.AppendLine();
        }
        var server = measured.Repetitions.Where(r => r.Server is not null).Select(r => r.Server!).ToList();
        if (server.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Server cost: {Numbers.Value(server.Average(s => s.CpuSecondsPer1000Requests))} CPU-seconds per 1,000 requests, peak RSS {Numbers.Value(server.Max(s => s.PeakRssMb))} MB{(server.Any(s => s.AllocatedMbPerRequest is not null) ? $", {Numbers.Value(server.Average(s => s.AllocatedMbPerRequest ?? 0) * 1024)} KB allocated per request" : "")}.");
        }
        if (measured.StatementsPerRequest.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Statements per request, measured alone by verify's profile phase: {string.Join("; ", measured.StatementsPerRequest.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Numbers.Value(p.Value)}"))}.");
        }
        var problems = measured.Repetitions.SelectMany(r => r.InvalidReasons.Select(x => $"repetition {r.Index} invalid: {x}")
            .Concat(r.Thresholds.Where(t => !t.Passed).Select(t => $"repetition {r.Index}: threshold `{t.Expression}` failed (observed {Numbers.Value(t.Observed)})"))).ToList();
        if (problems.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Problems in this run:");
            text.AppendLine();
            foreach (var problem in problems.Take(12))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {problem}");
            }
            if (problems.Count > 12)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- … and {problems.Count - 12} more (see the result file).");
            }
        }
        text.AppendLine();
    }

    private static void AppendOriginal(StringBuilder text, string id, IReadOnlyList<ScenarioMeasurement> measurements)
    {
        var figures = OriginalFigures.For(id).ToList();
        text.AppendLine("## The original lab's figures (contract §6)");
        text.AppendLine();
        if (figures.Count == 0)
        {
            text.AppendLine("The original published no figure for this scenario (contract §6.10).");
            text.AppendLine();
            return;
        }
        text.AppendLine("Absolute numbers are not portable between machines (the original ran on an 18-core Apple M5 Pro host with the server in Docker): compare ratios between rows of the same side, not across sides.");
        text.AppendLine();
        // One "ours" column per server measured here, so each stands beside the original's rows.
        string[] ours = measurements.Count == 0 ? ["ours (p95)"] : [.. measurements.Select(m => $"{m.Run.Server.Label} (p95)")];
        var table = new MarkdownTable(["Server / group", "source", "req/s", "avg", "med", "p95", "p99", .. ours, "note"]);
        foreach (var figure in figures)
        {
            var measuredP95 = measurements.Count == 0 ? [Numbers.Ms(double.NaN)]
                : measurements.Select(m => Numbers.Ms(figure.Group is null ? ScenarioStatistics.Of(m.Measured).P95.Mean : ScenarioStatistics.GroupP95(m.Measured, figure.Group).Mean));
            table.Row([figure.Group is null ? figure.Server : $"{figure.Server}: {figure.Group}", figure.Source,
                figure.RequestsPerSecond is { } rps ? (figure.RequestsPerSecondStd is { } std ? $"{Numbers.Rate(rps)} ± {Numbers.Rate(std)}" : Numbers.Rate(rps)) : "",
                Value(figure.Avg), Value(figure.Med), Value(figure.P95), Value(figure.P99), .. measuredP95, figure.Note ?? ""]);
        }
        text.Append(table);
        text.AppendLine();
    }

    private static string Value(double? value) => value is { } v ? Numbers.Ms(v) : "";
}
