using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Redis;

namespace BenchLab.Testing;

/// <summary>
/// The PostgreSQL and Redis that <c>./benchlab test</c> started for the whole run and handed over through
/// BENCHLAB_PG and BENCHLAB_REDIS. A test that needs them fails with a clear message when they are absent:
/// it never skips.
/// </summary>
public static class LabEnvironment
{
    public static PostgresEndpoint Superuser => PostgresEndpoint.Parse(Required(InfraOptions.PostgresVariable), InfraOptions.PostgresVariable);

    public static RedisEndpoint Redis => RedisEndpoint.Parse(Required(InfraOptions.RedisVariable), InfraOptions.RedisVariable);

    public static LabLayout Layout => LabLayout.Discover();

    private static string Required(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"{variable} is not set: run the tests with ./benchlab test, which starts PostgreSQL and Redis and hands them over");
        }
        return value;
    }
}
