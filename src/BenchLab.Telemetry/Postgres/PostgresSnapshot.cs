using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// Everything PostgreSQL counts for the measured database at one point of a run: pg_stat_database (read twice,
/// before and after the lab's own reads inside the database, so that a delta between two snapshots spans
/// <see cref="DatabaseAtEnd"/> of the first to <see cref="DatabaseAtStart"/> of the second and leaves the lab's
/// reads out), pg_statio_user_tables per table and the server role's pg_stat_statements.
/// </summary>
/// <param name="Flush">How the snapshot waited for backends to publish their statistics; null when it did not wait.</param>
public sealed record PostgresSnapshot(
    SampleTime Time,
    string Database,
    string Role,
    DatabaseCounters DatabaseAtStart,
    DatabaseCounters DatabaseAtEnd,
    IReadOnlyList<TableIoCounters> Tables,
    StatementSnapshot Statements,
    StatisticsFlush? Flush);
