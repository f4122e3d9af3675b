using System.Text.Json;
using System.Text.RegularExpressions;
using BenchLab.Load.Engine;
using BenchLab.Runner.Execution;
using BenchLab.Scenarios;
using BenchLab.Telemetry.Metrics;

namespace BenchLab.Runner.Tests;

/// <summary>`./benchlab run --metrics-port`: what the registry holds while and after a scenario is measured.</summary>
public sealed partial class LiveMetricsTests
{
    [Fact]
    public void The_dashboard_s_load_generator_row_queries_only_what_a_run_serves()
    {
        var dashboard = Path.Combine(BenchLab.Testing.LabEnvironment.Layout.RepositoryRoot, "deploy", "grafana", "dashboards", "benchlab.json");
        using var json = JsonDocument.Parse(File.ReadAllText(dashboard));
        var queried = json.RootElement.GetProperty("panels").EnumerateArray()
            .Where(panel => panel.TryGetProperty("targets", out _))
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray())
            .SelectMany(target => RunMetricName().Matches(target.GetProperty("expr").GetString()!).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        var registry = new MetricRegistry();
        var metrics = new LiveRunMetrics(registry);
        metrics.StartRepetition("minimal", "01-lightweight", 1, serverPid: 1);
        metrics.PublishLoad("minimal", "01-lightweight", new LiveStatus(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30), 10, 10, 3000, 1000, 2, 1.5, 3000, 0));
        var served = registry.Render().Split('\n').Where(line => !line.StartsWith('#')).Select(line => line.Split('{', ' ')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.True(queried.Count >= 5, $"the load generator row shows only {queried.Count} metrics: {string.Join(", ", queried)}");
        Assert.All(queried, name => Assert.Contains(name, served));
        Assert.All(queried, name => Assert.Contains(name, LiveRunMetrics.LoadNames));
    }

    [GeneratedRegex("benchlab_(load|run)_[a-z0-9_]+")]
    private static partial Regex RunMetricName();

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
