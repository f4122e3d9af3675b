using System.Globalization;
using BenchLab.Load.Engine;
using BenchLab.Telemetry.Metrics;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Runner.Execution;

/// <summary>
/// What `./benchlab run --metrics-port` serves while it measures: the server's telemetry under the same
/// <c>benchlab_*</c> names as `./benchlab observe` (so deploy/grafana's dashboard works unchanged), and the load
/// generator's live second as <c>benchlab_load_*</c>, labelled with the server and the scenario being measured.
/// Only measured seconds are published; warm-ups are not.
/// </summary>
public sealed class LiveRunMetrics(MetricRegistry registry)
{
    /// <summary>Every load metric name <see cref="PublishLoad"/> sets.</summary>
    public static IReadOnlyList<string> LoadNames { get; } =
    [
        "benchlab_run_repetition", "benchlab_load_elapsed_seconds", "benchlab_load_active_vus", "benchlab_load_requests_per_second",
        "benchlab_load_p95_seconds", "benchlab_load_requests", "benchlab_load_failed_requests", "benchlab_load_iterations", "benchlab_load_dropped_iterations",
    ];

    /// <summary>Starts a measured repetition: the server's pid changes with every start, so its series start afresh.</summary>
    public Action<TelemetryFrame> StartRepetition(string server, string scenario, int repetition, int serverPid)
    {
        foreach (var name in TelemetryMetrics.Names.Concat(LoadNames))
        {
            registry.Remove(name);
        }
        registry.SetGauge("benchlab_run_repetition", "The repetition being measured (1-based).", repetition, Labels(server, scenario));
        var telemetry = new TelemetryMetrics(registry, serverPid, server);
        return telemetry.Publish;
    }

    public void PublishLoad(string server, string scenario, LiveStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var labels = Labels(server, scenario);
        registry.SetGauge("benchlab_load_elapsed_seconds", "Seconds into the measured run.", status.Elapsed.TotalSeconds, labels);
        registry.SetGauge("benchlab_load_active_vus", "Virtual users running an iteration now.", status.ActiveVus, labels);
        registry.SetGauge("benchlab_load_requests_per_second", "Requests completed in the last full second.", status.Rps, labels);
        registry.SetGauge("benchlab_load_p95_seconds", "95th percentile latency of the last full second.", status.P95Ms / 1000, labels);
        registry.SetGauge("benchlab_load_requests", "Requests completed so far in this repetition.", status.Requests, labels);
        registry.SetGauge("benchlab_load_failed_requests", "Failed requests so far in this repetition.", status.Failed, labels);
        registry.SetGauge("benchlab_load_iterations", "Iterations completed so far in this repetition.", status.Iterations, labels);
        registry.SetGauge("benchlab_load_dropped_iterations", "Iterations an arrival-rate executor could not start (no free VU).", status.DroppedIterations, labels);
    }

    private static (string, string)[] Labels(string server, string scenario) => [("server", server), ("scenario", scenario)];

    /// <summary>For log lines: where the metrics are served.</summary>
    public static string Describe(int port) => string.Create(CultureInfo.InvariantCulture, $"live metrics: http://127.0.0.1:{port}/metrics");
}
