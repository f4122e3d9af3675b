namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// The measured database's row of pg_stat_database (all roles, including the lab's own work in that database
/// — which the snapshot keeps out of deltas, see <see cref="PostgresStatistics"/>). Cumulative statistics:
/// a backend publishes its counts at the end of a transaction at most once a second, and an idle one within
/// 10 s; a backend that exits publishes them as it goes.
/// </summary>
public sealed record DatabaseCounters(
    long BlocksHit,
    long BlocksRead,
    long Commits,
    long Rollbacks,
    long TuplesReturned,
    long TuplesFetched,
    long TuplesInserted,
    long TuplesUpdated,
    long TuplesDeleted,
    long TempFiles,
    long TempBytes,
    long Deadlocks)
{
    /// <summary>blks_hit / (blks_hit + blks_read); null when no block was touched.</summary>
    public double? BufferHitRatio => BlocksHit + BlocksRead == 0 ? null : BlocksHit / (double)(BlocksHit + BlocksRead);

    public DatabaseCounters Minus(DatabaseCounters earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return new DatabaseCounters(
            BlocksHit - earlier.BlocksHit,
            BlocksRead - earlier.BlocksRead,
            Commits - earlier.Commits,
            Rollbacks - earlier.Rollbacks,
            TuplesReturned - earlier.TuplesReturned,
            TuplesFetched - earlier.TuplesFetched,
            TuplesInserted - earlier.TuplesInserted,
            TuplesUpdated - earlier.TuplesUpdated,
            TuplesDeleted - earlier.TuplesDeleted,
            TempFiles - earlier.TempFiles,
            TempBytes - earlier.TempBytes,
            Deadlocks - earlier.Deadlocks);
    }
}
