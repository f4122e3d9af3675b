using System.Diagnostics;
using Npgsql;

namespace BenchLab.Infra.Postgres;

/// <summary>Answers "does this PostgreSQL accept my login yet?" without pooling stale connections.</summary>
public static class PostgresProbe
{
    public static async Task<string?> TryServerVersionAsync(PostgresEndpoint endpoint, CancellationToken cancellationToken = default)
    {
        // A refused port fails at once; the generous timeout is for a live server on a busy machine (a parallel
        // test run on two cores once took more than 3 s to complete a SCRAM login).
        var connectionString = new NpgsqlConnectionStringBuilder(endpoint.ToKeywords()) { Pooling = false, Timeout = 15 }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return connection.PostgreSqlVersion.ToString();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return null;
        }
    }

    /// <summary>Waits until a login succeeds; the last error is part of the exception when it never does.</summary>
    public static async Task<string> WaitUntilReadyAsync(PostgresEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(endpoint.ToKeywords()) { Pooling = false, Timeout = 3 }.ConnectionString;
        var clock = Stopwatch.StartNew();
        Exception? last = null;
        while (clock.Elapsed < timeout)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SHOW server_version", connection);
                return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                last = e;
                await Task.Delay(100, cancellationToken);
            }
        }
        throw new InfraException($"PostgreSQL at {endpoint.Host}:{endpoint.Port} did not accept a login within {timeout.TotalSeconds:0} s: {last?.Message}");
    }
}
