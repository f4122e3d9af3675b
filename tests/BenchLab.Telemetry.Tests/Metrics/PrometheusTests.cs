using System.Net;
using BenchLab.Infra.Processes;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Metrics;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Processes;
using BenchLab.Telemetry.Redis;
using BenchLab.Telemetry.DotNet;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Telemetry.Tests.Metrics;

public sealed class PrometheusTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A frame with every part, so that every metric the lab can publish is present.</summary>
    public static TelemetryFrame FullFrame()
    {
        var at = new SampleTime(3.0, 123_456_789);
        return new TelemetryFrame(
            3,
            at,
            new ProcessSample(at, 87.5, 80, 7.5, 120_000_000, 24, 57, 1),
            new DotNetRuntimeSample(at, 40_000_000, 60_000_000, 12, 2, 0, 3.5, 1.2, 250_000_000, 6, 0.5, 9000, 1, 0, 1),
            new PostgresSample(at, 4200, 9100, 30, new ConnectionCounts(20, 6, 12, 2, 1), 9, 7.5, 52_000, 12, 52_000 / 52_012.0, 4100, 0),
            new RedisSample(at, 8000, 3000, 1000, 0.75, 12_000_000, 10, 9500, 0));
    }

    [Fact]
    public void The_exposition_text_is_exact_and_escaped()
    {
        var registry = new MetricRegistry();
        registry.SetGauge("demo_value", "A value with a \\ and a\nnewline.", 1.5, ("path", "a\"b\\c\nd"));
        registry.SetGauge("demo_value", "A value with a \\ and a\nnewline.", double.NaN, ("path", "x"));
        registry.AddCounter("demo_total", "A counter.", 2);
        registry.AddCounter("demo_total", "A counter.", 3);

        Assert.Equal(
            "# HELP demo_total A counter.\n# TYPE demo_total counter\ndemo_total 5\n"
            + "# HELP demo_value A value with a \\\\ and a\\nnewline.\n# TYPE demo_value gauge\n"
            + "demo_value{path=\"a\\\"b\\\\c\\nd\"} 1.5\ndemo_value{path=\"x\"} NaN\n",
            registry.Render());
        Assert.Throws<ArgumentException>(() => registry.SetGauge("bad-name", "", 1));
        Assert.Throws<ArgumentException>(() => registry.SetGauge("good", "", 1, ("__reserved", "x")));
        Assert.Throws<ArgumentException>(() => registry.SetCounter("demo_value", "", 1));
    }

    [Fact]
    public void Every_telemetry_metric_is_published_as_valid_exposition_text()
    {
        var registry = new MetricRegistry();
        new TelemetryMetrics(registry, pid: 4242, processName: "server", database: "benchmark", redis: "127.0.0.1:6379").Publish(FullFrame());

        var series = ExpositionParser.Parse(registry.Render());

        Assert.Equal(TelemetryMetrics.Names.Order(StringComparer.Ordinal), series.Select(s => s.Name).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(87.5, series.Single(s => s.Name == "benchlab_process_cpu_percent").Value);
        Assert.Equal("4242", series.Single(s => s.Name == "benchlab_process_cpu_percent").Labels["pid"]);
        Assert.Equal(12, series.Single(s => s.Name == "benchlab_dotnet_gc_collections_total" && s.Labels["generation"] == "0").Value);
        Assert.Equal(2, series.Single(s => s.Name == "benchlab_postgres_connections" && s.Labels["state"] == "idle_in_transaction").Value);
        Assert.Equal(0.75, series.Single(s => s.Name == "benchlab_redis_hit_ratio").Value);
    }

    [Fact]
    public async Task The_endpoint_serves_metrics_on_loopback_and_nothing_else()
    {
        var registry = new MetricRegistry();
        new TelemetryMetrics(registry, pid: 1).Publish(FullFrame());
        var port = FreePort.Find();
        await using var endpoint = PrometheusEndpoint.Start(port, registry);
        using var http = new HttpClient();

        using var metrics = await http.GetAsync(endpoint.MetricsUri, Token);
        var text = await metrics.Content.ReadAsStringAsync(Token);
        using var missing = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/other"), Token);

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", metrics.Content.Headers.ContentType!.ToString());
        Assert.Contains(ExpositionParser.Parse(text), s => s.Name == "benchlab_process_resident_memory_bytes" && s.Value == 120_000_000);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // Values set after a scrape show in the next one.
        registry.SetGauge("benchlab_process_cpu_percent", "CPU", 12.25, ("pid", "1"), ("name", ""));
        Assert.Contains("benchlab_process_cpu_percent{pid=\"1\",name=\"\"} 12.25\n", await http.GetStringAsync(endpoint.MetricsUri, Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_port_is_refused_with_a_clear_message()
    {
        var port = FreePort.Find();
        await using var first = PrometheusEndpoint.Start(port, new MetricRegistry());

        var error = Assert.Throws<InvalidOperationException>(() => PrometheusEndpoint.Start(port, new MetricRegistry()));
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }
}
