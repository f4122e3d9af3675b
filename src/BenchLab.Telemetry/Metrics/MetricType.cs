namespace BenchLab.Telemetry.Metrics;

/// <summary>The Prometheus metric types the lab exposes.</summary>
public enum MetricType
{
    Gauge,
    Counter,
}
