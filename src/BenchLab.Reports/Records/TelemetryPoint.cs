namespace BenchLab.Reports.Records;

/// <summary>
/// One telemetry frame on the load engine's time axis (seconds since the measurement started): the server
/// process, PostgreSQL and Redis as sampled over the second before it. Null where a source was not observed.
/// </summary>
public sealed record TelemetryPoint(
    double Second,
    double? CpuPercent,
    double? RssMb,
    double? StatementsPerSecond,
    double? BufferHitRatio,
    double? RedisHitRatio,
    double? GcHeapMb);
