using BenchLab.Infra.Postgres;
using Npgsql;

namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// The lab's own telemetry connections: unpooled (each reader owns one long-lived connection, so there is no
/// connect/disconnect churn in the statistics it reads) and named, so that they are easy to tell apart in
/// pg_stat_activity.
/// </summary>
public static class LabConnection
{
    public const string ApplicationName = "benchlab-telemetry";

    public static async Task<NpgsqlConnection> OpenAsync(PostgresEndpoint login, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(login);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(login.ToLabConnectionString(ApplicationName))
        {
            Pooling = false,
            CommandTimeout = 30,
        }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
