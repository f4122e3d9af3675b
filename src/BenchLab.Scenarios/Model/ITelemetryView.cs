namespace BenchLab.Scenarios.Model;

/// <summary>
/// The telemetry sampled during a measured phase, as time series on the run's clock (seconds since the
/// measurement started). Metric names: process.rss_mb, process.threads, process.fds, process.cpu_percent,
/// dotnet.heap_mb, dotnet.gen0, dotnet.gen2, postgres.connections, redis.clients.
/// </summary>
public interface ITelemetryView
{
    IReadOnlyList<(double Seconds, double Value)> Series(string metric);
}
