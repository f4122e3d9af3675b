using BenchLab.Results;
using BenchLab.Results.Export;
using BenchLab.Results.Model;

namespace BenchLab.Runner.Tests;

/// <summary>result.json round-trips, and summary.md says what the model says.</summary>
public sealed class ResultFilesTests
{
    [Fact]
    public async Task A_result_survives_a_round_trip_through_result_json()
    {
        var result = SyntheticResults.Run("full", SyntheticResults.Scenario("11", "11-db-n-plus-one", SyntheticResults.Repetition(1, 400, 55, true, SyntheticResults.Group("A. Lazy Loading (N+1)", 100))));
        var path = Path.Combine(Path.GetTempPath(), $"benchlab-{Guid.NewGuid():N}", ResultJson.FileName);

        await ResultJson.WriteAsync(result, path, TestContext.Current.CancellationToken);
        var read = await ResultJson.ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(RunResult.CurrentSchema, read.SchemaVersion);
        Assert.Equal("minimal@pool1", read.Server.Label);
        Assert.Equal(21, read.Scenarios[0].StatementsPerRequest["GET /n-plus-one/lazy"]);
        Assert.Equal(400, read.Scenarios[0].Repetitions[0].Load.RequestsPerSecond);
        Assert.Equal("A. Lazy Loading (N+1)", read.Scenarios[0].Repetitions[0].Load.ByGroup[0].Name);
        Assert.Contains("\"schema_version\": \"benchlab.run/1\"", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public async Task A_file_of_another_kind_is_a_clear_error()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, """{"schema_version":"something/9"}""", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ResultJson.ReadAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains("something/9", error.Message, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void The_summary_reports_spread_stability_group_ratios_and_problems()
    {
        var repetitions = Enumerable.Range(1, 5).Select(i => SyntheticResults.Repetition(i, 1000 + (i * 100), 10,
            i != 3, SyntheticResults.Group("A. Lazy Loading (N+1)", 100), SyntheticResults.Group("B. Eager Loading (JOIN)", 25))).ToArray();
        var summary = SummaryMarkdown.Render(SyntheticResults.Run("full", SyntheticResults.Scenario("11", "11-db-n-plus-one", repetitions)));

        Assert.Contains("# minimal@pool1 — full run", summary, StringComparison.Ordinal);
        Assert.Contains("4/5", summary, StringComparison.Ordinal);
        Assert.Contains("unstable", summary, StringComparison.Ordinal);
        Assert.Contains("| 11-db-n-plus-one | B. Eager Loading (JOIN) | 25 ± 0", summary, StringComparison.Ordinal);
        Assert.Contains("4× faster", summary, StringComparison.Ordinal);
        Assert.Contains("GET /n-plus-one/lazy: 21", summary, StringComparison.Ordinal);
        Assert.Contains("repetition 3: invalid — check 'status is 200' failed", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quick_run_says_it_gives_no_spread_and_no_verdict()
    {
        var summary = SummaryMarkdown.Render(SyntheticResults.Run("quick", SyntheticResults.Scenario("01", "01-lightweight", SyntheticResults.Repetition(1, 50000, 0.4))));

        Assert.Contains("no CV, no comparison verdict", summary, StringComparison.Ordinal);
        Assert.Contains("| 01-lightweight | 50,000 |", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("±", summary.Split("## Scenarios")[1].Split("##")[0], StringComparison.Ordinal);
    }
}
