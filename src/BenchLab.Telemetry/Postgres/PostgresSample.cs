using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// One interval of the measured database. Statement rates come from pg_stat_statements (exact, updated as each
/// statement ends); block and transaction rates from pg_stat_database, which busy backends publish at most once
/// a second and idle ones within 10 s — so they trail by up to a second under load, and the exact totals come
/// from a flushed <see cref="PostgresSnapshot"/> delta.
/// </summary>
/// <param name="StatementsPerSecond">Data statements of the server role per second (resets, BEGIN/COMMIT, SET excluded).</param>
/// <param name="RowsPerSecond">Rows returned or affected by those statements per second.</param>
/// <param name="ExcludedStatementsPerSecond">Statements of the role that do not count (transaction control, resets, settings, catalog reads).</param>
/// <param name="Connections">The role's backends at the last probe of the interval.</param>
/// <param name="ConnectionsInUseMax">The most backends in use (active or in a transaction) at any probe of the interval: pool pressure.</param>
/// <param name="ConnectionsInUseMean">The mean of in-use backends over the interval's probes.</param>
/// <param name="BufferHitRatio">blks_hit / (blks_hit + blks_read) in the interval; null when nothing was published.</param>
public sealed record PostgresSample(
    SampleTime Time,
    double StatementsPerSecond,
    double RowsPerSecond,
    double ExcludedStatementsPerSecond,
    ConnectionCounts Connections,
    int ConnectionsInUseMax,
    double ConnectionsInUseMean,
    double BlocksHitPerSecond,
    double BlocksReadPerSecond,
    double? BufferHitRatio,
    double CommitsPerSecond,
    double RollbacksPerSecond);
