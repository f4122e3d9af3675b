using Npgsql;
using NpgsqlTypes;

namespace BenchLab.Telemetry.Postgres.Queries;

/// <summary>
/// Reads pg_stat_statements for one role in one database (by oid, so the lab's superuser work never counts),
/// top-level statements only (with <c>pg_stat_statements.track = all</c> nested statements would count twice).
/// </summary>
public static class StatementsQuery
{
    public static async Task<(uint Role, uint Database)> ResolveOidsAsync(NpgsqlConnection connection, string role, string database, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT (SELECT oid FROM pg_roles WHERE rolname = $1), (SELECT oid FROM pg_database WHERE datname = $2)", connection);
        command.Parameters.AddWithValue(role);
        command.Parameters.AddWithValue(database);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.IsDBNull(0))
        {
            throw new InvalidOperationException($"role '{role}' does not exist on this server");
        }
        if (reader.IsDBNull(1))
        {
            throw new InvalidOperationException($"database '{database}' does not exist on this server");
        }
        return (reader.GetFieldValue<uint>(0), reader.GetFieldValue<uint>(1));
    }

    /// <summary>Every entry with its text (texts are read from pg_stat_statements' file: use sparingly).</summary>
    public static async Task<StatementSnapshot> ReadAsync(NpgsqlConnection connection, uint role, uint database, CancellationToken cancellationToken)
    {
        var statements = new List<StatementCounters>();
        await using (var command = new NpgsqlCommand("""
            SELECT queryid, coalesce(query, ''), calls, rows, total_exec_time, shared_blks_hit, shared_blks_read
            FROM pg_stat_statements(true) WHERE userid = $1 AND dbid = $2 AND toplevel
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = role, NpgsqlDbType = NpgsqlDbType.Oid });
            command.Parameters.Add(new NpgsqlParameter { Value = database, NpgsqlDbType = NpgsqlDbType.Oid });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var query = reader.GetString(1);
                statements.Add(new StatementCounters(
                    reader.GetInt64(0), query, StatementClassifier.Classify(query), reader.GetInt64(2), reader.GetInt64(3),
                    reader.GetDouble(4), reader.GetInt64(5), reader.GetInt64(6)));
            }
        }
        await using var info = new NpgsqlCommand("SELECT dealloc, stats_reset FROM pg_stat_statements_info", connection);
        await using var infoReader = await info.ExecuteReaderAsync(cancellationToken);
        await infoReader.ReadAsync(cancellationToken);
        return new StatementSnapshot(statements, infoReader.GetInt64(0), infoReader.IsDBNull(1) ? null : infoReader.GetFieldValue<DateTimeOffset>(1));
    }

    /// <summary>Calls and rows per query id, without texts: cheap enough to read every second.</summary>
    public static async Task<IReadOnlyList<(long QueryId, long Calls, long Rows)>> ReadCountsAsync(NpgsqlConnection connection, uint role, uint database, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT queryid, calls, rows FROM pg_stat_statements(false) WHERE userid = $1 AND dbid = $2 AND toplevel", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = role, NpgsqlDbType = NpgsqlDbType.Oid });
        command.Parameters.Add(new NpgsqlParameter { Value = database, NpgsqlDbType = NpgsqlDbType.Oid });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<(long, long, long)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        }
        return counts;
    }
}
