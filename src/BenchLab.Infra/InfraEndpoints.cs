using BenchLab.Infra.Database;
using BenchLab.Infra.Instances;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Redis;

namespace BenchLab.Infra;

/// <summary>The running PostgreSQL and Redis a command works with, embedded or external.</summary>
public sealed record InfraEndpoints(PostgresEndpoint Superuser, RedisEndpoint Redis, InstanceState? PostgresInstance, InstanceState? RedisInstance)
{
    /// <summary>The lab's own login to the benchmark database (superuser, contract §2.1).</summary>
    public PostgresEndpoint LabDatabase => Superuser.WithDatabase(LabDatabases.Benchmark);

    /// <summary>What servers under test connect as: role <c>benchmark</c>, database <c>benchmark</c> (their DATABASE_URL).</summary>
    public PostgresEndpoint ServerDatabase => Superuser.WithLogin(LabDatabases.Role, LabDatabases.RolePassword).WithDatabase(LabDatabases.Benchmark);

    public bool PostgresEmbedded => PostgresInstance is not null;

    public bool RedisEmbedded => RedisInstance is not null;
}
