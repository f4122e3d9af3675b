using BenchLab.Load;
using BenchLab.Results;
using BenchLab.Runner.Execution;
using BenchLab.Scenarios;

namespace BenchLab.Runner.Tests;

/// <summary>An interrupted run — Ctrl-C, a crashed server, a dead database — still writes what it measured, marked partial.</summary>
public sealed class InterruptedRunTests
{
    [Fact]
    public async Task Ctrl_C_during_the_second_scenario_keeps_the_first_and_marks_the_run_partial()
    {
        await using var lab = await PrivateLab.StartAsync(TestContext.Current.CancellationToken);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        LoadObserver observer = (test, label, run) =>
        {
            if (label.StartsWith("02", StringComparison.Ordinal))
            {
                interrupt.CancelAfter(TimeSpan.FromSeconds(1));
            }
            return run(null);
        };
        var (scenarios, _) = ScenarioCatalog.Select(["01", "02", "03"]);

        var outcome = await lab.Runner(lab.Options(scenarios), observer).RunAsync(interrupt.Token);

        Assert.Equal(SuiteOutcome.Interrupted, outcome.ExitCode);
        var (result, folder) = Assert.Single(outcome.Results);
        Assert.True(result.Partial);
        Assert.Equal(LoadEngine.InterruptedReason, result.PartialReason);
        Assert.True(result.Scenarios.Single(s => s.Id == "01").Repetitions.Single().Load.Requests > 0);
        var cut = result.Scenarios.Single(s => s.Id == "02").Repetitions.Single();
        Assert.True(cut.Partial);
        Assert.False(cut.Valid);
        Assert.True(cut.Load.Requests > 0);
        Assert.Contains(LoadEngine.InterruptedReason, cut.InvalidReasons);
        var unreached = result.Scenarios.Single(s => s.Id == "03");
        Assert.Empty(unreached.Repetitions);
        Assert.Equal($"not reached: the run stopped early ({LoadEngine.InterruptedReason})", unreached.NotMeasuredReason);
        var written = await ResultJson.ReadAsync(Path.Combine(folder, ResultJson.FileName), TestContext.Current.CancellationToken);
        Assert.True(written.Partial);
        Assert.Contains($"**Partial run** — {LoadEngine.InterruptedReason}", await File.ReadAllTextAsync(Path.Combine(folder, "summary.md"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_crashes_mid_measurement_stops_the_run_and_keeps_what_was_measured()
    {
        await using var lab = await PrivateLab.StartAsync(TestContext.Current.CancellationToken);
        LoadObserver observer = async (test, label, run) =>
        {
            if (label.StartsWith("02", StringComparison.Ordinal))
            {
                var pid = lab.LastServerPid();
                _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => System.Diagnostics.Process.GetProcessById(pid).Kill(), TaskScheduler.Default);
            }
            return await run(null);
        };
        var (scenarios, _) = ScenarioCatalog.Select(["01", "02", "03"]);

        var outcome = await lab.Runner(lab.Options(scenarios), observer).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, outcome.ExitCode);
        var (result, folder) = Assert.Single(outcome.Results);
        Assert.True(result.Partial);
        Assert.StartsWith("stopped by a failure: minimal exited during 02-", result.PartialReason, StringComparison.Ordinal);
        Assert.True(result.Scenarios.Single(s => s.Id == "01").Repetitions.Single().Valid);
        var crashed = result.Scenarios.Single(s => s.Id == "02").Repetitions.Single();
        Assert.True(crashed.Partial);
        Assert.False(crashed.Valid);
        Assert.True(crashed.Load.Requests > 0);
        Assert.Contains(crashed.InvalidReasons, r => r.StartsWith("the server exited during the measurement", StringComparison.Ordinal));
        Assert.StartsWith("not reached: the run stopped early", result.Scenarios.Single(s => s.Id == "03").NotMeasuredReason, StringComparison.Ordinal);
        Assert.True((await ResultJson.ReadAsync(Path.Combine(folder, ResultJson.FileName), TestContext.Current.CancellationToken)).Partial);
    }

    [Fact]
    public async Task A_database_that_dies_mid_measurement_stops_the_run_and_keeps_the_measured_load()
    {
        await using var lab = await PrivateLab.StartAsync(TestContext.Current.CancellationToken);
        LoadObserver observer = async (test, label, run) =>
        {
            if (label.StartsWith("03", StringComparison.Ordinal))
            {
                _ = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => lab.StopDatabaseAsync(), TaskScheduler.Default).Unwrap();
            }
            return await run(null);
        };
        var (scenarios, _) = ScenarioCatalog.Select(["01", "03", "04"]);

        var outcome = await lab.Runner(lab.Options(scenarios), observer).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, outcome.ExitCode);
        var (result, folder) = Assert.Single(outcome.Results);
        Assert.True(result.Partial);
        Assert.StartsWith("stopped by a failure: ", result.PartialReason, StringComparison.Ordinal);
        Assert.True(result.Scenarios.Single(s => s.Id == "01").Repetitions.Single().Valid);
        var cut = result.Scenarios.Single(s => s.Id == "03").Repetitions.Single();
        Assert.True(cut.Partial);
        Assert.False(cut.Valid);
        Assert.True(cut.Load.Requests > 0);
        Assert.Contains(cut.InvalidReasons, r => r.StartsWith("the lab failed after the load: ", StringComparison.Ordinal));
        Assert.NotNull(cut.LoadRecord);
        Assert.StartsWith("not reached: the run stopped early", result.Scenarios.Single(s => s.Id == "04").NotMeasuredReason, StringComparison.Ordinal);
        var written = await ResultJson.ReadAsync(Path.Combine(folder, ResultJson.FileName), TestContext.Current.CancellationToken);
        Assert.True(written.Partial);
        Assert.True(written.Scenarios.Single(s => s.Id == "03").Repetitions.Single().Partial);
    }
}
