using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// What the measured database did between two snapshots: buffer hits and reads (pg_stat_database), per-table
/// heap/index/TOAST hits and reads (pg_statio_user_tables, tables that were touched), and the server role's
/// statements. <see cref="Problems"/> lists what makes the figures doubtful (statistics not flushed, entries
/// evicted, a reset in between).
/// </summary>
public sealed record PostgresDelta(
    SampleTime From,
    SampleTime To,
    DatabaseCounters Database,
    IReadOnlyList<TableIoCounters> Tables,
    StatementDelta Statements,
    IReadOnlyList<string> Problems)
{
    public double Seconds => From.SecondsUntil(To);

    /// <summary>blks_hit / (blks_hit + blks_read) of the whole database in the interval; null when nothing was touched.</summary>
    public double? BufferHitRatio => Database.BufferHitRatio;

    public static PostgresDelta Between(PostgresSnapshot before, PostgresSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Database != after.Database || before.Role != after.Role)
        {
            throw new ArgumentException($"snapshots of different targets ({before.Role}@{before.Database}, {after.Role}@{after.Database})", nameof(after));
        }
        var earlier = before.Tables.ToDictionary(t => t.QualifiedName);
        var tables = after.Tables
            .Select(t => t.Minus(earlier.GetValueOrDefault(t.QualifiedName)))
            .Where(t => t.Touched)
            .OrderByDescending(t => t.BlocksHit + t.BlocksRead)
            .ToList();
        var statements = StatementDelta.Between(before.Statements, after.Statements);
        var problems = new List<string>(statements.Problems);
        if (after.Flush is { Flushed: false } flush)
        {
            problems.Add($"the after snapshot was taken before the server's backends had published their statistics ({flush.Outcome}): buffer and table counts may be short");
        }
        return new PostgresDelta(before.Time, after.Time, after.DatabaseAtStart.Minus(before.DatabaseAtEnd), tables, statements, problems);
    }
}
