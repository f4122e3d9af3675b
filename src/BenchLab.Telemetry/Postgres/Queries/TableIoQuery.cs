using Npgsql;

namespace BenchLab.Telemetry.Postgres.Queries;

/// <summary>Reads pg_statio_user_tables — a per-database view, so it runs on a connection to the measured database.</summary>
public static class TableIoQuery
{
    public static async Task<IReadOnlyList<TableIoCounters>> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT schemaname::text, relname::text,
                   coalesce(heap_blks_read, 0), coalesce(heap_blks_hit, 0), coalesce(idx_blks_read, 0), coalesce(idx_blks_hit, 0),
                   coalesce(toast_blks_read, 0) + coalesce(tidx_blks_read, 0), coalesce(toast_blks_hit, 0) + coalesce(tidx_blks_hit, 0)
            FROM pg_statio_user_tables ORDER BY schemaname, relname
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new List<TableIoCounters>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(new TableIoCounters(
                reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)));
        }
        return tables;
    }
}
