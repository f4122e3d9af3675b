using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Processes;
using BenchLab.Infra.Redis;

namespace BenchLab.Cli.Commands;

/// <summary>
/// Resolves <c>--pg</c> and <c>--redis</c> of <c>observe</c>: a given connection, else BENCHLAB_PG /
/// BENCHLAB_REDIS, else the embedded instance — which must already run (observe never starts servers).
/// Anything that does not answer is a usage error.
/// </summary>
public static class ObserveTargets
{
    /// <summary>A superuser login into the measured database, or null when --pg was not given.</summary>
    public static async Task<PostgresEndpoint?> PostgresAsync(ObserveSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.Postgres.IsSet)
        {
            return null;
        }
        var given = Given(settings.Postgres.Value, InfraOptions.PostgresVariable);
        PostgresEndpoint server;
        if (given is not null)
        {
            server = PostgresEndpoint.Parse(given, "--pg");
            if (await PostgresProbe.TryServerVersionAsync(server.WithDatabase("postgres"), cancellationToken) is null)
            {
                throw new UsageException($"--pg: cannot log in to PostgreSQL at {server.ToDisplayUri()}; check host, port, user and password (observe needs a superuser)");
            }
        }
        else
        {
            var live = new Infra.Postgres.EmbeddedPostgres(Layout(settings), ServiceAccount.ForPostgres(), _ => { }).Live()
                ?? throw new UsageException($"--pg: the embedded PostgreSQL (instance {settings.Instance}) is not running; start it with ./benchlab infra up, or give --pg postgresql://…");
            server = Infra.Postgres.EmbeddedPostgres.EndpointFor(live.Port);
        }
        return server.WithDatabase(settings.Database);
    }

    /// <summary>The Redis to observe, or null when --redis was not given.</summary>
    public static async Task<RedisEndpoint?> RedisAsync(ObserveSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.Redis.IsSet)
        {
            return null;
        }
        var given = Given(settings.Redis.Value, InfraOptions.RedisVariable);
        RedisEndpoint endpoint;
        if (given is not null)
        {
            endpoint = RedisEndpoint.Parse(given, "--redis");
        }
        else
        {
            var live = new EmbeddedRedis(Layout(settings), _ => { }).Live()
                ?? throw new UsageException($"--redis: the embedded Redis (instance {settings.Instance}) is not running; start it with ./benchlab infra up, or give --redis host:port");
            endpoint = EmbeddedRedis.EndpointFor(live.Port);
        }
        if (!await RedisProbe.PingAsync(endpoint.Host, endpoint.Port, cancellationToken))
        {
            throw new UsageException($"--redis: no Redis answers at {endpoint.Host}:{endpoint.Port}; check the address");
        }
        return endpoint;
    }

    private static string? Given(string? value, string variable) =>
        !string.IsNullOrWhiteSpace(value) ? value
        : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment
        : null;

    private static InstanceLayout Layout(ObserveSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Instance) || !settings.Instance.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new UsageException($"--instance '{settings.Instance}' must be letters, digits, '-' or '_' (it names a folder)");
        }
        return InstanceLayout.Describe(LabLayout.Discover(), settings.Instance);
    }
}
