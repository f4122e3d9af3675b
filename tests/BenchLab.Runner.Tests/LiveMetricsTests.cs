using BenchLab.Runner.Execution;
using BenchLab.Scenarios;
using BenchLab.Telemetry.Metrics;

namespace BenchLab.Runner.Tests;

/// <summary>`./benchlab run --metrics-port`: what the registry holds while and after a scenario is measured.</summary>
public sealed class LiveMetricsTests
{
    [Fact]
    public async Task A_measured_repetition_publishes_the_generators_second_and_the_servers_telemetry()
    {
        await using var lab = await PrivateLab.StartAsync(TestContext.Current.CancellationToken);
        var registry = new MetricRegistry();
        var seenDuringRun = new List<string>();
        LoadObserver observer = (test, label, run) => run(_ =>
        {
            lock (seenDuringRun)
            {
                seenDuringRun.Add(registry.Render());
            }
        });
        var (scenarios, _) = ScenarioCatalog.Select(["01"]);

        var outcome = await new SuiteRunner(lab.Session, lab.Options(scenarios), observer, _ => { }, new LiveRunMetrics(registry))
            .RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, outcome.ExitCode);
        Assert.NotEmpty(seenDuringRun);
        var labels = "{server=\"minimal\",scenario=\"01-lightweight\"}";
        Assert.Contains(seenDuringRun, text => text.Contains("benchlab_load_requests_per_second" + labels, StringComparison.Ordinal));
        var final = registry.Render();
        Assert.Contains("benchlab_run_repetition" + labels + " 1", final, StringComparison.Ordinal);
        var requests = final.Split('\n').Single(l => l.StartsWith("benchlab_load_requests" + labels, StringComparison.Ordinal));
        Assert.True(double.Parse(requests.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture) > 0, requests);
        Assert.Contains("benchlab_process_cpu_percent{pid=", final, StringComparison.Ordinal);
        Assert.Contains("benchlab_postgres_statements_per_second", final, StringComparison.Ordinal);
    }
}
