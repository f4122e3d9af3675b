using BenchLab.Telemetry.Postgres;

namespace BenchLab.Telemetry.Profiling;

/// <summary>One statement shape a profiled route issued, per request.</summary>
public sealed record ProfiledStatement(long QueryId, string Query, StatementKind Kind, double CallsPerRequest, double RowsPerRequest, double MeanExecMilliseconds);
