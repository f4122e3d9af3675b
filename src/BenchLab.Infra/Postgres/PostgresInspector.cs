using BenchLab.Infra.Database;
using Npgsql;

namespace BenchLab.Infra.Postgres;

/// <summary>A server setting that differs from PostgreSQL's built-in default, and where it came from.</summary>
public sealed record PostgresSetting(string Name, string Value, string Source);

/// <summary>What <c>infra status</c> and results record about a PostgreSQL server.</summary>
public sealed record PostgresDetails(string Version, IReadOnlyList<PostgresSetting> NonDefaultSettings, long? UsersRows, string? SeedVersion);

/// <summary>Reads version, non-default settings and the state of the benchmark database.</summary>
public static class PostgresInspector
{
    public static async Task<PostgresDetails> InspectAsync(PostgresEndpoint superuser, CancellationToken cancellationToken = default)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(superuser.WithDatabase("postgres").ToLabConnectionString("benchlab-status")) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var version = await connection.ScalarAsync<string>("SHOW server_version", cancellationToken) ?? "unknown";

        var settings = new List<PostgresSetting>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT name, setting || coalesce(' ' || unit, ''), source FROM pg_settings
            WHERE source NOT IN ('default', 'override', 'client', 'session') ORDER BY name
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                settings.Add(new PostgresSetting(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        string? seedVersion;
        await using (var command = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", connection))
        {
            command.Parameters.AddWithValue(LabDatabases.Benchmark);
            seedVersion = await command.ExecuteScalarAsync(cancellationToken) as string;
        }

        long? users = null;
        if (seedVersion is not null)
        {
            var inBenchmark = new NpgsqlConnectionStringBuilder(connectionString) { Database = LabDatabases.Benchmark }.ConnectionString;
            await using var benchmark = new NpgsqlConnection(inBenchmark);
            await benchmark.OpenAsync(cancellationToken);
            users = await benchmark.ScalarAsync<long>("SELECT count(*) FROM users", cancellationToken);
        }
        return new PostgresDetails(version, settings, users, seedVersion);
    }
}
