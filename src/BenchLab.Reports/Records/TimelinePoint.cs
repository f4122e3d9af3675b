namespace BenchLab.Reports.Records;

/// <summary>One second of the load engine's timeline: throughput, errors and latency percentiles (ms).</summary>
public sealed record TimelinePoint(double Second, double Width, double RequestsPerSecond, long Errors, double P50, double P95, double P99);
