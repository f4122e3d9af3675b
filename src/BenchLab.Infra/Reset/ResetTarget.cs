using BenchLab.Infra.Database;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Redis;
using Npgsql;

namespace BenchLab.Infra.Reset;

/// <summary>What a reset acts on: one database (as the superuser) and one Redis database.</summary>
public sealed record ResetTarget(PostgresEndpoint Superuser, string Database, RedisEndpoint Redis)
{
    public PostgresEndpoint DatabaseEndpoint => Superuser.WithDatabase(Database);

    public DatabaseProvisioner Provisioner(Action<string> log) => new(Superuser, log);

    public Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        NpgsqlConnectionExtensions.OpenNewAsync(DatabaseEndpoint.ToLabConnectionString("benchlab-reset"), cancellationToken);

    /// <summary>The benchmark database of <paramref name="superuser"/>'s server.</summary>
    public static ResetTarget Benchmark(PostgresEndpoint superuser, RedisEndpoint redis) => new(superuser, LabDatabases.Benchmark, redis);
}
