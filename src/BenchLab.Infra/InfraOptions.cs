namespace BenchLab.Infra;

/// <summary>
/// Which infrastructure a command uses: an embedded instance set by name, or external servers given with
/// <c>--pg</c>/<c>--redis</c> (or BENCHLAB_PG / BENCHLAB_REDIS). A flag wins over the environment.
/// </summary>
public sealed record InfraOptions(string InstanceName = InfraOptions.DefaultInstance, string? Postgres = null, string? Redis = null, bool ReadEnvironment = true)
{
    public const string DefaultInstance = "default";
    public const string PostgresVariable = "BENCHLAB_PG";
    public const string RedisVariable = "BENCHLAB_REDIS";

    /// <summary>Fills the external connections from the environment where no flag gave them.</summary>
    public InfraOptions WithEnvironment() => !ReadEnvironment ? this : this with
    {
        Postgres = Postgres ?? NonEmpty(Environment.GetEnvironmentVariable(PostgresVariable)),
        Redis = Redis ?? NonEmpty(Environment.GetEnvironmentVariable(RedisVariable)),
    };

    /// <summary>Checks the external connection strings before anything starts; a bad one is a usage error.</summary>
    public InfraOptions Validated()
    {
        var options = WithEnvironment();
        if (options.Postgres is not null)
        {
            BenchLab.Infra.Postgres.PostgresEndpoint.Parse(options.Postgres, "--pg");
        }
        if (options.Redis is not null)
        {
            BenchLab.Infra.Redis.RedisEndpoint.Parse(options.Redis, "--redis");
        }
        return options;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
