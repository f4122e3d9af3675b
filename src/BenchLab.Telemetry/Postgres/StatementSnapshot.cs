namespace BenchLab.Telemetry.Postgres;

/// <summary>pg_stat_statements for the server role in one database, plus what pg_stat_statements_info says about evictions and resets.</summary>
public sealed record StatementSnapshot(IReadOnlyList<StatementCounters> Statements, long Deallocations, DateTimeOffset? ResetAt);
