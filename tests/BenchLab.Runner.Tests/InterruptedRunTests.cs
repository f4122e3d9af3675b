using BenchLab.Results;
using BenchLab.Runner.Execution;
using BenchLab.Scenarios;

namespace BenchLab.Runner.Tests;

/// <summary>An interrupted run still writes what it measured, marked partial (DEVELOPERS' standards).</summary>
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

        Assert.Equal(1, outcome.ExitCode);
        var (result, folder) = Assert.Single(outcome.Results);
        Assert.True(result.Partial);
        Assert.Equal("interrupted (Ctrl-C)", result.PartialReason);
        Assert.True(result.Scenarios.Single(s => s.Id == "01").Repetitions.Single().Load.Requests > 0);
        var unreached = result.Scenarios.Single(s => s.Id == "03");
        Assert.Empty(unreached.Repetitions);
        Assert.Equal("not reached: the run stopped early (interrupted (Ctrl-C))", unreached.NotMeasuredReason);
        var written = await ResultJson.ReadAsync(Path.Combine(folder, ResultJson.FileName), TestContext.Current.CancellationToken);
        Assert.True(written.Partial);
        Assert.Contains("**Partial run** — interrupted (Ctrl-C)", await File.ReadAllTextAsync(Path.Combine(folder, "summary.md"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
