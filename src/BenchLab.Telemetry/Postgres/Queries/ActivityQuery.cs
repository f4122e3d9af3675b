using Npgsql;

namespace BenchLab.Telemetry.Postgres.Queries;

/// <summary>Counts the server role's backends in the measured database by state, from pg_stat_activity.</summary>
public static class ActivityQuery
{
    public static async Task<ConnectionCounts> ReadAsync(NpgsqlConnection connection, string role, string database, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT count(*)::int,
                   count(*) FILTER (WHERE state = 'active')::int,
                   count(*) FILTER (WHERE state = 'idle')::int,
                   count(*) FILTER (WHERE state LIKE 'idle in transaction%')::int,
                   count(*) FILTER (WHERE wait_event_type = 'Lock')::int
            FROM pg_stat_activity
            WHERE usename = $1 AND datname = $2 AND backend_type = 'client backend' AND pid <> pg_backend_pid()
            """, connection);
        command.Parameters.AddWithValue(role);
        command.Parameters.AddWithValue(database);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new ConnectionCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
    }

    /// <summary>
    /// Whether the role's backends have published their statistics: none is left, or every one has been idle
    /// (outside a transaction) for at least <paramref name="idleSeconds"/> — an idle backend publishes within 10 s.
    /// </summary>
    public static async Task<(int Backends, int NotFlushed)> FlushStateAsync(NpgsqlConnection connection, string role, string database, double idleSeconds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT count(*)::int,
                   count(*) FILTER (WHERE state IS DISTINCT FROM 'idle' OR state_change > clock_timestamp() - make_interval(secs => $3))::int
            FROM pg_stat_activity
            WHERE usename = $1 AND datname = $2 AND backend_type = 'client backend' AND pid <> pg_backend_pid()
            """, connection);
        command.Parameters.AddWithValue(role);
        command.Parameters.AddWithValue(database);
        command.Parameters.AddWithValue(idleSeconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }
}
