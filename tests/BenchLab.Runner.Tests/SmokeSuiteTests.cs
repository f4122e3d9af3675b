using BenchLab.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios;
using BenchLab.Testing;

namespace BenchLab.Runner.Tests;

/// <summary>
/// Every scenario of the catalog in smoke mode against servers/minimal — real server process, PostgreSQL, Redis —
/// and the outcome fields the contract fixes. Runs in the final, solitary pass: it loads the machine for minutes.
/// </summary>
[Trait(TestCategories.Key, TestCategories.Timing)]
public sealed class SmokeSuiteTests
{
    [Fact]
    public async Task Every_scenario_runs_and_reports_its_outcomes()
    {
        var token = TestContext.Current.CancellationToken;
        await using var lab = await PrivateLab.StartAsync(token);

        var outcome = await lab.Runner(lab.Options(ScenarioCatalog.All())).RunAsync(token);

        var (result, folder) = Assert.Single(outcome.Results);
        Assert.False(result.Partial, result.PartialReason);
        Assert.Equal(ScenarioCatalog.All().Count, result.Scenarios.Count);
        foreach (var scenario in result.Scenarios)
        {
            Assert.True(scenario.NotMeasuredReason is null, $"{scenario.Name}: {scenario.NotMeasuredReason}");
            var repetition = Assert.Single(scenario.Repetitions);
            if (!repetition.Valid)
            {
                Assert.Fail($"{scenario.Name}: {string.Join("; ", repetition.InvalidReasons)}{ServerLog(folder, scenario)}");
            }
            Assert.True(repetition.Load.Requests > 0, scenario.Name);
            Assert.NotNull(repetition.Server);
            Assert.NotNull(repetition.LoadRecord);
            Assert.NotNull(repetition.TelemetryRecord);
        }

        // 11: statements per request per strategy, measured by PostgreSQL in verify's profile phase.
        var nPlusOne = Scenario(result, "11");
        Assert.Equal(21, Statements(nPlusOne, "GET /n-plus-one/lazy"));
        Assert.Equal(1, Statements(nPlusOne, "GET /n-plus-one/eager"));
        Assert.Equal(2, Statements(nPlusOne, "GET /n-plus-one/subquery"));
        // 13: no lost updates where a lock or a check prevents them.
        foreach (var method in new[] { "pessimistic", "optimistic", "serializable" })
        {
            Assert.Equal(0, Outcome(result, "13", $"{method}: lost updates").Value);
        }
        Assert.NotNull(Outcome(result, "13", "no-lock: lost updates").Value);
        // 15 and 16: measured hit ratios.
        Assert.InRange(Outcome(result, "15", "cache_hit (responses)").Value!.Value, 0.07, 0.13);
        Assert.InRange(Scenario(result, "15").Repetitions[0].Cache!.HitRatio!.Value, 0.07, 0.13);
        Assert.Equal(1.0, Scenario(result, "16-a").Repetitions[0].Cache!.HitRatio!.Value, 3);
        Assert.True(Scenario(result, "16-b").Repetitions[0].Cache!.HitRatio < 0.01);
        // 12: every completed iteration wrote its 5,000 rows; 21: a recovery time or "not recovered"; 22: leak signals n/a in smoke.
        Assert.True(Outcome(result, "12", "rows in bulk_items").Holds);
        Assert.Contains(Scenario(result, "21").Repetitions[0].Outcomes, o => o.Name == "recovery time");
        Assert.Equal("n/a (the run is shorter than 3 minutes)", Outcome(result, "22", "RSS slope from minute 2").Text);
        // 23: the cold start happened, and every VU's first request was recorded in both runs.
        Assert.Equal(1, Outcome(result, "23-cold", "cold start: PostgreSQL restarted").Value);
        Assert.Equal(10, Scenario(result, "23-cold").Repetitions[0].Outcomes.Count(o => o.Name.StartsWith("first request of VU", StringComparison.Ordinal)));
        Assert.Equal(10, Scenario(result, "23-warm").Repetitions[0].Outcomes.Count(o => o.Name.StartsWith("first request of VU", StringComparison.Ordinal)));

        // The files: result.json reads back, summary.md shows 11's statements.
        var read = await ResultJson.ReadAsync(Path.Combine(folder, ResultJson.FileName), token);
        Assert.Equal(result.Scenarios.Count, read.Scenarios.Count);
        var summary = await File.ReadAllTextAsync(Path.Combine(folder, "summary.md"), token);
        Assert.Contains("GET /n-plus-one/lazy (limit 20): 21", summary, StringComparison.Ordinal);
        Assert.Contains("Mode **smoke**", summary, StringComparison.Ordinal);
        // report.html beside them, with a section and charts for every scenario.
        var report = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"), token);
        Assert.All(result.Scenarios, s => Assert.Contains($"id=\"scenario-{s.Id}\"", report, StringComparison.Ordinal));
        Assert.True(report.Split("<svg").Length > 2 * result.Scenarios.Count, "fewer than two charts per scenario");
    }

    /// <summary>
    /// The end of the server's stderr for a repetition, so a failure on CI (whose result folder is gone) shows
    /// what the server logged — minimal logs every 500 it answers.
    /// </summary>
    private static string ServerLog(string folder, ScenarioResult scenario)
    {
        var log = Path.Combine(folder, "servers", $"{scenario.Id}-1", "stderr.log");
        if (!File.Exists(log))
        {
            return $" (no server log at {log})";
        }
        var tail = File.ReadLines(log).TakeLast(20).ToList();
        return tail.Count == 0 ? " (the server wrote nothing to stderr)" : $"\nserver stderr, last {tail.Count} lines:\n{string.Join('\n', tail)}";
    }

    private static ScenarioResult Scenario(RunResult result, string id) => result.Scenarios.Single(s => s.Id == id);

    private static Outcome Outcome(RunResult result, string id, string name) =>
        Scenario(result, id).Repetitions[0].Outcomes.SingleOrDefault(o => o.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"{id} has no outcome '{name}': {string.Join(", ", Scenario(result, id).Repetitions[0].Outcomes.Select(o => o.Name))}");

    /// <summary>Verify profiles a route at the scenario's page size; its key reads e.g. "GET /n-plus-one/lazy (limit 20)".</summary>
    private static double Statements(ScenarioResult scenario, string route) =>
        scenario.StatementsPerRequest.TryGetValue($"{route} (limit 20)", out var value) ? value
            : throw new Xunit.Sdk.XunitException($"no statements for {route} (limit 20): {string.Join(", ", scenario.StatementsPerRequest.Keys)}");
}
