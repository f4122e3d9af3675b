using BenchLab.Testing;
using Npgsql;

namespace BenchLab.Telemetry.Tests.Postgres;

/// <summary>
/// Plays the server under test against a private database: logs in as the <c>benchmark</c> role through an Npgsql
/// pool (so that Npgsql's real connection resets happen) and runs scripted statements.
/// </summary>
public static class ScriptedServer
{
    public static NpgsqlDataSource Pool(TestDatabase database) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.Server.ToKeywords()) { Pooling = true, MaxPoolSize = 4, ApplicationName = "scripted-server" }.ConnectionString);

    public static async Task<NpgsqlConnection> OpenUnpooledAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.Server.ToKeywords()) { Pooling = false, ApplicationName = "scripted-server" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/> and reads every row; returns the rows read.</summary>
    public static async Task<int> QueryAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
        }
        return rows;
    }
}
