using System.Globalization;
using BenchLab.Results.Export;
using BenchLab.Results.Model;
using BenchLab.Results.Statistics;

namespace BenchLab.Reports.Html;

/// <summary>The tables under a scenario's charts: groups, thresholds and checks, outcomes, statements per route, problems.</summary>
public static class ScenarioTables
{
    public static string Groups(IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var table = new HtmlTable("Series", "Group", "group p95 (ms, mean ± sd)", "p99 (ms, mean)", "requests / iteration of the group");
        foreach (var entry in entries)
        {
            var groups = entry.Scenario.Repetitions.SelectMany(r => r.Load.ByGroup).Select(g => g.Name).Distinct().ToList();
            foreach (var group in groups)
            {
                var p95 = ScenarioStatistics.GroupP95(entry.Scenario, group);
                var p99 = entry.Measured.SelectMany(r => r.Load.ByGroup.Where(g => g.Name == group)).Select(g => g.Trend.P99).DefaultIfEmpty(double.NaN).Average();
                var count = entry.Measured.SelectMany(r => r.Load.ByGroup.Where(g => g.Name == group)).Sum(g => g.Trend.Count);
                var iterations = entry.Measured.Sum(r => r.Load.Iterations);
                table.Row(entry.Series, group, Numbers.WithSpread(p95, Numbers.Ms), Numbers.Ms(p99), iterations == 0 ? "–" : Numbers.Value(count / (double)iterations));
            }
        }
        return table.IsEmpty ? "" : "<h3>Groups (group_duration)</h3>" + table;
    }

    public static string Thresholds(IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var table = new HtmlTable("Series", "Threshold", "passed in", "observed per repetition");
        foreach (var entry in entries)
        {
            foreach (var expression in entry.Scenario.Repetitions.SelectMany(r => r.Thresholds).Select(t => t.Expression).Distinct())
            {
                var outcomes = entry.Scenario.Repetitions.SelectMany(r => r.Thresholds.Where(t => t.Expression == expression)).ToList();
                var passed = outcomes.Count(t => t.Passed);
                table.RowHtml(HtmlText.Encode(entry.Series), $"<code>{HtmlText.Encode(expression)}</code>",
                    passed == outcomes.Count ? $"<span class=\"good\">{passed} of {outcomes.Count}</span>" : $"<span class=\"bad\">{passed} of {outcomes.Count}</span>",
                    HtmlText.Encode(string.Join(", ", outcomes.Select(t => Numbers.Value(t.Observed)))));
            }
        }
        return "<h3>Thresholds</h3>" + (table.IsEmpty ? "<p class=\"muted\">None: the original set none for this scenario (contract §4).</p>" : table.ToString());
    }

    public static string Checks(IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var table = new HtmlTable("Series", "Group", "Check", "passes", "fails", "rate", "kind");
        foreach (var entry in entries)
        {
            var checks = entry.Scenario.Repetitions.SelectMany(r => r.Load.Checks)
                .GroupBy(c => (c.Group, c.Name, c.Outcome))
                .Select(g => (g.Key, Passes: g.Sum(c => c.Passes), Fails: g.Sum(c => c.Fails)));
            foreach (var (key, passes, fails) in checks)
            {
                var rate = passes + fails == 0 ? double.NaN : passes / (double)(passes + fails);
                table.RowHtml(HtmlText.Encode(entry.Series), HtmlText.Encode(key.Group), HtmlText.Encode(key.Name),
                    passes.ToString("N0", CultureInfo.InvariantCulture), fails.ToString("N0", CultureInfo.InvariantCulture),
                    key.Outcome || fails == 0 ? HtmlText.Encode(Numbers.Percent(rate)) : $"<span class=\"bad\">{HtmlText.Encode(Numbers.Percent(rate))}</span>",
                    key.Outcome ? "outcome (measures, never invalidates)" : "correctness (> 1 % failing invalidates)");
            }
        }
        return table.IsEmpty ? "" : "<h3>Checks (all repetitions)</h3>" + table;
    }

    public static string Outcomes(IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var table = new HtmlTable("Series", "Outcome", "per repetition", "expected", "holds");
        foreach (var entry in entries)
        {
            var names = entry.Scenario.Repetitions.SelectMany(r => r.Outcomes).Select(o => o.Name)
                .Where(n => !n.StartsWith("first request of VU", StringComparison.Ordinal)).Distinct();
            foreach (var name in names)
            {
                var values = entry.Scenario.Repetitions.Select(r => r.Outcomes.FirstOrDefault(o => o.Name == name)).OfType<Outcome>().ToList();
                var last = values[^1];
                var holds = values.Where(o => o.Holds is not null).ToList();
                table.RowHtml(HtmlText.Encode(entry.Series), HtmlText.Encode(name), HtmlText.Encode(string.Join(", ", values.Select(Format))), HtmlText.Encode(last.Expected),
                    holds.Count == 0 ? "" : holds.All(o => o.Holds == true) ? "<span class=\"good\">yes</span>" : $"<span class=\"bad\">no in {holds.Count(o => o.Holds == false)} of {holds.Count}</span>");
            }
        }
        return table.IsEmpty ? "" : "<h3>Outcomes</h3>" + table;
    }

    public static string Statements(IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var table = new HtmlTable("Series", "Route", "statements / request (verify's profile, alone)", "statements / iteration (measured, mean)", "buffer hit", "Redis hit");
        foreach (var entry in entries)
        {
            var database = entry.Measured.Select(r => r.Database).OfType<DatabaseUsage>().ToList();
            var cache = entry.Measured.Select(r => r.Cache).OfType<CacheUsage>().ToList();
            var perIteration = database.Count == 0 ? "–" : Numbers.Value(database.Average(d => d.StatementsPerIteration));
            var buffer = Numbers.Percent(database.Select(d => d.BufferHitRatio).OfType<double>().DefaultIfEmpty(double.NaN).Average());
            var redis = Numbers.Percent(cache.Select(c => c.HitRatio).OfType<double>().DefaultIfEmpty(double.NaN).Average());
            var routes = entry.Scenario.StatementsPerRequest.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            if (routes.Count == 0)
            {
                table.Row(entry.Series, "–", "–", perIteration, buffer, redis);
            }
            foreach (var (route, statements) in routes)
            {
                table.Row(entry.Series, route, Numbers.Value(statements), perIteration, buffer, redis);
            }
        }
        return "<h3>Database and cache</h3>" + table;
    }

    public static string Problems(IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var lines = entries.SelectMany(e => e.Scenario.Repetitions.SelectMany(r => r.InvalidReasons.Select(reason => $"{e.Series}, repetition {r.Index}: invalid — {reason}"))).ToList();
        return lines.Count == 0 ? "" : $"<h3>Problems</h3><ul>{string.Concat(lines.Select(l => $"<li class=\"bad\">{HtmlText.Encode(l)}</li>"))}</ul>";
    }

    private static string Format(Outcome outcome) =>
        outcome.Text ?? (outcome.Unit == "ratio" ? Numbers.Percent(outcome.Value) : $"{Numbers.Value(outcome.Value)} {outcome.Unit}".Trim());
}
