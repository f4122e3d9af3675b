using System.Text.Json;
using System.Text.RegularExpressions;
using BenchLab.Infra.Processes;
using BenchLab.Telemetry.Metrics;
using BenchLab.Telemetry.Tests.Metrics;
using BenchLab.Testing;
using YamlDotNet.RepresentationModel;

namespace BenchLab.Telemetry.Tests.Deploy;

/// <summary>
/// deploy/ cannot be started here (no Docker), so its files are checked against the code they depend on: the
/// compose file's services and mounts, Prometheus scraping the lab's metrics port, and a dashboard that queries
/// only metrics the lab serves (its load generator row: LiveMetricsTests in BenchLab.Runner.Tests).
/// </summary>
public sealed partial class DeployFilesTests
{
    private static string Deploy => Path.Combine(LabEnvironment.Layout.RepositoryRoot, "deploy");

    [Fact]
    public void The_compose_file_runs_postgres_redis_prometheus_and_grafana_with_what_they_mount()
    {
        var compose = LoadYaml(Path.Combine(Deploy, "docker-compose.yml"));
        var services = (YamlMappingNode)compose["services"];

        Assert.Equal(["grafana", "postgres", "prometheus", "redis"], services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains("shared_preload_libraries=pg_stat_statements", Sequence(services["postgres"]["command"]));
        Assert.Equal("postgres:15", services["postgres"]["image"].ToString());
        Assert.StartsWith("redis:7", services["redis"]["image"].ToString(), StringComparison.Ordinal);
        // The lab's endpoint listens on the host's loopback only: Prometheus must share the host's network.
        Assert.Equal("host", services["prometheus"]["network_mode"].ToString());
        foreach (var service in new[] { "prometheus", "grafana" })
        {
            foreach (var volume in Sequence(services[service]["volumes"]))
            {
                var source = volume.Split(':')[0];
                var path = Path.GetFullPath(Path.Combine(Deploy, source));
                Assert.True(File.Exists(path) || Directory.Exists(path), $"{service} mounts {source}, which does not exist");
            }
        }
        Assert.All(Sequence(services["postgres"]["ports"]).Concat(Sequence(services["redis"]["ports"])), port => Assert.StartsWith("127.0.0.1:", port, StringComparison.Ordinal));
    }

    [Fact]
    public void Prometheus_scrapes_the_lab_s_default_metrics_port_at_the_path_the_endpoint_serves()
    {
        var prometheus = LoadYaml(Path.Combine(Deploy, "prometheus", "prometheus.yml"));
        var job = (YamlMappingNode)((YamlSequenceNode)prometheus["scrape_configs"]).Single();
        var targets = Sequence(((YamlSequenceNode)job["static_configs"]).Single()["targets"]);

        Assert.Equal([$"127.0.0.1:{PrometheusEndpoint.DefaultPort}"], targets);
        Assert.Equal("/metrics", job["metrics_path"].ToString());
        Assert.Equal("/metrics", new Uri($"http://127.0.0.1:{PrometheusEndpoint.DefaultPort}/metrics").AbsolutePath);
    }

    [Fact]
    public async Task The_dashboard_queries_only_metrics_that_the_endpoint_serves()
    {
        using var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Deploy, "grafana", "dashboards", "benchlab.json"), TestContext.Current.CancellationToken));
        var datasource = LoadYaml(Path.Combine(Deploy, "grafana", "provisioning", "datasources", "prometheus.yml"));
        var uid = ((YamlSequenceNode)datasource["datasources"]).Single()["uid"].ToString();
        var panels = dashboard.RootElement.GetProperty("panels").EnumerateArray().Where(p => p.GetProperty("type").GetString() != "row").ToList();
        var expressions = panels.SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!).ToList();
        var queried = expressions.SelectMany(e => MetricName().Matches(e).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        // The load generator's row shows what only `./benchlab run` serves: BenchLab.Runner.Tests checks those names.
        var telemetry = queried.Where(name => !name.StartsWith("benchlab_load_", StringComparison.Ordinal) && !name.StartsWith("benchlab_run_", StringComparison.Ordinal)).ToList();

        // What a live endpoint serves after one full frame.
        var registry = new MetricRegistry();
        new TelemetryMetrics(registry, pid: 1, processName: "server", database: "benchmark", redis: "127.0.0.1:6379").Publish(PrometheusTests.FullFrame());
        await using var endpoint = PrometheusEndpoint.Start(FreePort.Find(), registry);
        using var http = new HttpClient();
        var served = ExpositionParser.Parse(await http.GetStringAsync(endpoint.MetricsUri, TestContext.Current.CancellationToken)).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(panels);
        Assert.All(panels, p => Assert.Equal(uid, p.GetProperty("datasource").GetProperty("uid").GetString()));
        Assert.All(telemetry, name => Assert.Contains(name, served));
        Assert.True(telemetry.Count >= 25, $"the dashboard shows only {telemetry.Count} telemetry metrics");
        Assert.All(expressions.Where(e => e.StartsWith("rate(", StringComparison.Ordinal)), e => Assert.EndsWith("_total[10s])", e, StringComparison.Ordinal));
    }

    private static YamlMappingNode LoadYaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IReadOnlyList<string> Sequence(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(c => c.ToString())];

    [GeneratedRegex("benchlab_[a-z_]+")]
    private static partial Regex MetricName();
}
