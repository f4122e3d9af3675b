using BenchLab.Infra.Database;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Processes;
using BenchLab.Infra.Redis;

namespace BenchLab.Infra;

/// <summary>
/// Brings the lab's PostgreSQL and Redis up (embedded, or external ones checked for reachability), makes sure the
/// <c>benchmark</c> role and seeded databases exist, reports their status and stops the embedded ones.
/// </summary>
public sealed class LabInfrastructure(LabLayout lab, Action<string> log)
{
    /// <summary>Starts (or reuses) both servers, then makes sure the role and the seeded databases exist.</summary>
    public async Task<InfraEndpoints> UpAsync(InfraOptions options, CancellationToken cancellationToken = default)
    {
        var endpoints = await StartAsync(options, cancellationToken);
        await new DatabaseProvisioner(endpoints.Superuser, log).EnsureAllAsync(cancellationToken);
        return endpoints;
    }

    /// <summary>Starts (or reuses) both servers without touching what is inside them.</summary>
    public async Task<InfraEndpoints> StartAsync(InfraOptions options, CancellationToken cancellationToken = default)
    {
        options = options.Validated();
        var (postgres, postgresInstance) = await PostgresUpAsync(options, cancellationToken);
        var (redis, redisInstance) = await RedisUpAsync(options, cancellationToken);
        return new InfraEndpoints(postgres, redis, postgresInstance, redisInstance);
    }

    /// <summary>
    /// The endpoints of instances that are already up, without starting or seeding anything; null if either is
    /// not up. Checks both, so that stale pid files of both are cleaned in one call.
    /// </summary>
    public InfraEndpoints? FindRunning(InfraOptions options)
    {
        options = options.Validated();
        var layout = InstanceLayout.Describe(lab, options.InstanceName);
        var postgresInstance = options.Postgres is null ? new EmbeddedPostgres(layout, ServiceAccount.ForPostgres(), log).Live() : null;
        var redisInstance = options.Redis is null ? new EmbeddedRedis(layout, log).Live() : null;
        var postgres = options.Postgres is not null
            ? PostgresEndpoint.Parse(options.Postgres, "--pg")
            : postgresInstance is null ? null : EmbeddedPostgres.EndpointFor(postgresInstance.Port);
        var redis = options.Redis is not null
            ? RedisEndpoint.Parse(options.Redis, "--redis")
            : redisInstance is null ? null : EmbeddedRedis.EndpointFor(redisInstance.Port);
        return postgres is null || redis is null ? null : new InfraEndpoints(postgres, redis, postgresInstance, redisInstance);
    }

    /// <summary>Restarts the embedded PostgreSQL of an instance set on its port (scenario 23); false for an external one.</summary>
    public async Task<bool> RestartPostgresAsync(InfraOptions options, CancellationToken cancellationToken = default)
    {
        options = options.Validated();
        if (options.Postgres is not null)
        {
            return false;
        }
        var layout = InstanceLayout.Describe(lab, options.InstanceName);
        await new EmbeddedPostgres(layout, ServiceAccount.ForPostgres(), log).RestartAsync(cancellationToken);
        return true;
    }

    /// <summary>Stops the embedded instances of <paramref name="instanceName"/>; external servers are never touched.</summary>
    public async Task<(bool PostgresStopped, bool RedisStopped)> DownAsync(string instanceName, CancellationToken cancellationToken = default)
    {
        var layout = InstanceLayout.Describe(lab, instanceName);
        var postgresStopped = await new EmbeddedPostgres(layout, ServiceAccount.ForPostgres(), log).StopAsync(cancellationToken);
        var redisStopped = await new EmbeddedRedis(layout, log).StopAsync(cancellationToken);
        return (postgresStopped, redisStopped);
    }

    private async Task<(PostgresEndpoint, Instances.InstanceState?)> PostgresUpAsync(InfraOptions options, CancellationToken cancellationToken)
    {
        if (options.Postgres is not null)
        {
            var external = PostgresEndpoint.Parse(options.Postgres, "--pg");
            if (await PostgresProbe.TryServerVersionAsync(external, cancellationToken) is null)
            {
                throw new ExternalServiceException(ExternalService.Postgres, $"cannot log in to PostgreSQL at {external.ToDisplayUri()}; check host, port, user and password (the lab needs a superuser)");
            }
            return (external.WithDatabase("postgres"), null);
        }
        var account = ServiceAccount.ForPostgres();
        var layout = await InstanceLayout.PrepareAsync(lab, options.InstanceName, account, cancellationToken);
        var (state, reused) = await new EmbeddedPostgres(layout, account, log).StartAsync(cancellationToken);
        if (reused)
        {
            log($"PostgreSQL already running on 127.0.0.1:{state.Port} (pid {state.Pid}); reusing it");
        }
        return (EmbeddedPostgres.EndpointFor(state.Port), state);
    }

    private async Task<(RedisEndpoint, Instances.InstanceState?)> RedisUpAsync(InfraOptions options, CancellationToken cancellationToken)
    {
        if (options.Redis is not null)
        {
            var external = RedisEndpoint.Parse(options.Redis, "--redis");
            if (!await RedisProbe.PingAsync(external.Host, external.Port, cancellationToken))
            {
                throw new ExternalServiceException(ExternalService.Redis, $"no Redis answers at {external.Host}:{external.Port}; check the address");
            }
            return (external, null);
        }
        var layout = InstanceLayout.Describe(lab, options.InstanceName);
        var (state, reused) = await new EmbeddedRedis(layout, log).StartAsync(cancellationToken);
        if (reused)
        {
            log($"Redis already running on 127.0.0.1:{state.Port} (pid {state.Pid}); reusing it");
        }
        return (EmbeddedRedis.EndpointFor(state.Port), state);
    }
}
