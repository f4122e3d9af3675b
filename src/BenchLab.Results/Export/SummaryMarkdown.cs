using System.Globalization;
using System.Text;
using BenchLab.Results.Model;
using BenchLab.Results.Statistics;

namespace BenchLab.Results.Export;

/// <summary>
/// summary.md: the run in the style of the original lab's tables — per scenario RPS (± spread), avg, median, p95,
/// p99, error rate and validity; per group p95 with its ratio to the scenario's baseline group; the scenarios'
/// outcomes; the server's and the database's cost. It reads only the result model.
/// </summary>
public static class SummaryMarkdown
{
    public const string FileName = "summary.md";

    public static string Render(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {result.Server.Label} — {result.Mode} run {result.RunId}");
        text.AppendLine();
        text.AppendLine(RunProvenance.Describe(result));
        text.AppendLine();
        text.AppendLine(ModeNote(result));
        if (result.Partial)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"**Partial run** — {result.PartialReason}. What was measured until then is below.");
        }
        text.AppendLine();
        AppendScenarios(text, result);
        AppendGroups(text, result);
        AppendComparisons(text, result);
        AppendUsage(text, result);
        AppendOutcomes(text, result);
        AppendProblems(text, result);
        return text.ToString();
    }

    private static string ModeNote(RunResult result) => result.Mode switch
    {
        "full" => "Mode **full**: every figure below is the mean over the repetitions ± standard deviation; CV is given with 5 or more repetitions and above 5 % the result is flagged unstable.",
        "smoke" => "Mode **smoke**: proves that each scenario runs and reports its outcomes. These are not figures to quote.",
        _ => "Mode **quick**: one short repetition per scenario — a tour, not a figure to quote; no CV, no comparison verdict. Use --full for figures.",
    };

    private static void AppendScenarios(StringBuilder text, RunResult result)
    {
        var table = new MarkdownTable("Scenario", "req/s", "avg", "med", "p95", "p99", "errors", "valid", "thresholds");
        foreach (var scenario in result.Scenarios)
        {
            if (scenario.Repetitions.Count == 0)
            {
                table.Row(scenario.Name, "not measured", "", "", "", "", "", "", scenario.NotMeasuredReason ?? "");
                continue;
            }
            var stats = ScenarioStatistics.Of(scenario);
            var thresholds = scenario.Repetitions.SelectMany(r => r.Thresholds).ToList();
            table.Row(
                scenario.Name,
                Numbers.WithSpread(stats.RequestsPerSecond, Numbers.Rate),
                Numbers.Ms(stats.Average.Mean),
                Numbers.Ms(stats.Median.Mean),
                Numbers.WithSpread(stats.P95, Numbers.Ms),
                Numbers.Ms(stats.P99.Mean),
                Numbers.Percent(stats.ErrorRate),
                $"{stats.ValidRepetitions}/{stats.Repetitions}",
                thresholds.Count == 0 ? "none" : thresholds.All(t => t.Passed) ? "all passed" : $"{thresholds.Count(t => !t.Passed)} failed");
        }
        text.AppendLine("## Scenarios (latencies in ms)");
        text.AppendLine();
        text.Append(table);
        text.AppendLine();
    }

    private static void AppendGroups(StringBuilder text, RunResult result)
    {
        var table = new MarkdownTable("Scenario", "Group", "group p95", "vs first group");
        foreach (var scenario in result.Scenarios.Where(s => s.Repetitions.Count > 0))
        {
            var groups = scenario.Repetitions[0].Load.ByGroup.Select(g => g.Name).ToList();
            if (groups.Count < 2)
            {
                continue;
            }
            var baseline = ScenarioStatistics.GroupP95(scenario, groups[0]).Mean;
            foreach (var group in groups)
            {
                var p95 = ScenarioStatistics.GroupP95(scenario, group);
                var ratio = baseline / p95.Mean;
                table.Row(scenario.Name, group, Numbers.WithSpread(p95, Numbers.Ms), group == groups[0] ? "baseline" : ratio >= 1 ? $"{Numbers.Ratio(ratio)} faster" : $"{Numbers.Ratio(1 / ratio)} slower");
            }
        }
        if (!table.IsEmpty)
        {
            text.AppendLine("## Groups (group_duration, ms)");
            text.AppendLine();
            text.Append(table);
            text.AppendLine();
        }
    }

    private static void AppendComparisons(StringBuilder text, RunResult result)
    {
        var table = new MarkdownTable("Comparison", "p95", "req/s");
        foreach (var (baseline, others) in new (string, string[])[] { ("14", ["15", "16-a", "16-b"]), ("17-a", ["17-b", "17-c"]), ("23-warm", ["23-cold"]) })
        {
            var reference = result.Scenarios.FirstOrDefault(s => s.Id == baseline && s.Repetitions.Count > 0);
            if (reference is null)
            {
                continue;
            }
            var referenceStats = ScenarioStatistics.Of(reference);
            foreach (var other in result.Scenarios.Where(s => others.Contains(s.Id) && s.Repetitions.Count > 0))
            {
                var stats = ScenarioStatistics.Of(other);
                table.Row($"{other.Name} vs {reference.Name}", Numbers.Ratio(stats.P95.Mean / referenceStats.P95.Mean), Numbers.Ratio(stats.RequestsPerSecond.Mean / referenceStats.RequestsPerSecond.Mean));
            }
        }
        if (!table.IsEmpty)
        {
            text.AppendLine("## Against the baseline scenario (ratio of p95 and of req/s; p95 above 1× is slower)");
            text.AppendLine();
            text.Append(table);
            text.AppendLine();
        }
    }

    private static void AppendUsage(StringBuilder text, RunResult result)
    {
        var table = new MarkdownTable("Scenario", "server CPU s / 1,000 req", "peak RSS (MB)", "alloc / req (KB)", "statements / iteration", "statements / request (by route, from verify)", "buffer hit", "Redis hit");
        foreach (var scenario in result.Scenarios.Where(s => s.Repetitions.Count > 0))
        {
            var reps = scenario.Repetitions;
            var server = reps.Where(r => r.Server is not null).Select(r => r.Server!).ToList();
            var database = reps.Where(r => r.Database is not null).Select(r => r.Database!).ToList();
            var cache = reps.Where(r => r.Cache is not null).Select(r => r.Cache!).ToList();
            table.Row(
                scenario.Name,
                server.Count == 0 ? "–" : Numbers.Value(server.Average(s => s.CpuSecondsPer1000Requests)),
                server.Count == 0 ? "–" : Numbers.Value(server.Max(s => s.PeakRssMb)),
                server.Any(s => s.AllocatedMbPerRequest is not null) ? Numbers.Value(server.Average(s => s.AllocatedMbPerRequest ?? 0) * 1024) : "–",
                database.Count == 0 ? "–" : Numbers.Value(database.Average(d => d.StatementsPerIteration)),
                scenario.StatementsPerRequest.Count == 0 ? "–" : string.Join("; ", scenario.StatementsPerRequest.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Numbers.Value(p.Value)}")),
                Numbers.Percent(database.Select(d => d.BufferHitRatio).LastOrDefault()),
                Numbers.Percent(cache.Select(c => c.HitRatio).LastOrDefault()));
        }
        text.AppendLine("## Cost on the server side");
        text.AppendLine();
        text.Append(table);
        text.AppendLine();
    }

    private static void AppendOutcomes(StringBuilder text, RunResult result)
    {
        var table = new MarkdownTable("Scenario", "Outcome", "Value", "Expected", "Holds");
        foreach (var scenario in result.Scenarios)
        {
            var last = scenario.Repetitions.Count == 0 ? null : scenario.Repetitions[^1];
            foreach (var outcome in last?.Outcomes.Where(o => !o.Name.StartsWith("first request of VU", StringComparison.Ordinal)) ?? [])
            {
                var value = outcome.Text ?? (outcome.Unit == "ratio" ? Numbers.Percent(outcome.Value) : $"{Numbers.Value(outcome.Value)} {outcome.Unit}");
                table.Row(scenario.Name, outcome.Name, value, outcome.Expected ?? "", outcome.Holds is null ? "" : outcome.Holds.Value ? "yes" : "**no**");
            }
        }
        if (!table.IsEmpty)
        {
            text.AppendLine("## Outcomes (last repetition)");
            text.AppendLine();
            text.Append(table);
            text.AppendLine();
        }
    }

    private static void AppendProblems(StringBuilder text, RunResult result)
    {
        var lines = new List<string>();
        foreach (var scenario in result.Scenarios)
        {
            if (scenario.NotMeasuredReason is not null)
            {
                lines.Add($"- {scenario.Name}: not measured — {scenario.NotMeasuredReason}");
            }
            foreach (var repetition in scenario.Repetitions)
            {
                lines.AddRange(repetition.InvalidReasons.Select(r => $"- {scenario.Name} repetition {repetition.Index}: invalid — {r}"));
                lines.AddRange(repetition.Thresholds.Where(t => !t.Passed).Select(t => $"- {scenario.Name} repetition {repetition.Index}: threshold failed — {t.Expression} (observed {Numbers.Value(t.Observed)}{(t.Note is null ? "" : "; " + t.Note)})"));
            }
        }
        text.AppendLine("## Problems");
        text.AppendLine();
        text.AppendLine(lines.Count == 0 ? "None: every repetition is valid and every threshold passed." : string.Join(System.Environment.NewLine, lines));
    }
}
