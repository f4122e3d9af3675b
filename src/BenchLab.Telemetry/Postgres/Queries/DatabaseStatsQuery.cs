using Npgsql;

namespace BenchLab.Telemetry.Postgres.Queries;

/// <summary>Reads the measured database's row of pg_stat_database (a cluster-wide view: readable from any database).</summary>
public static class DatabaseStatsQuery
{
    public static async Task<DatabaseCounters> ReadAsync(NpgsqlConnection connection, string database, CancellationToken cancellationToken)
    {
        // A fresh snapshot of the cumulative statistics, whatever stats_fetch_consistency says.
        await using var command = new NpgsqlCommand("""
            SELECT pg_stat_clear_snapshot(), blks_hit, blks_read, xact_commit, xact_rollback, tup_returned, tup_fetched,
                   tup_inserted, tup_updated, tup_deleted, temp_files, temp_bytes, deadlocks
            FROM pg_stat_database WHERE datname = $1
            """, connection);
        command.Parameters.AddWithValue(database);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException($"database '{database}' does not exist on this server");
        }
        return new DatabaseCounters(
            reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6),
            reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11), reader.GetInt64(12));
    }
}
