namespace BenchLab.Telemetry.Postgres;

/// <summary>One pg_stat_statements entry of the server role in the measured database (top-level statements only).</summary>
/// <param name="QueryId">pg_stat_statements' query id: the same statement shape keeps its id across snapshots.</param>
/// <param name="Query">The normalised text (constants replaced by $n).</param>
/// <param name="Calls">Executions.</param>
/// <param name="Rows">Rows returned or affected.</param>
/// <param name="TotalExecMilliseconds">Execution time, summed.</param>
/// <param name="SharedBlocksHit">Shared-buffer hits of the statement's executions.</param>
/// <param name="SharedBlocksRead">Blocks the statement's executions had to read into shared buffers.</param>
public sealed record StatementCounters(
    long QueryId,
    string Query,
    StatementKind Kind,
    long Calls,
    long Rows,
    double TotalExecMilliseconds,
    long SharedBlocksHit,
    long SharedBlocksRead);
