using BenchLab.Infra.Database;
using BenchLab.Infra.Instances;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Redis;
using BenchLab.Testing;
using Npgsql;

namespace BenchLab.Cli.Tests;

/// <summary>
/// The acceptance path of the foundation, end to end through the CLI on a private instance set:
/// <c>infra up</c>, <c>infra status</c> (ports, both connection-string forms), 100,000 users through the
/// printed DATABASE_URL, a reset, <c>infra down</c>.
/// </summary>
public sealed class InfraCommandTests
{
    [Fact]
    public async Task Up_status_reset_and_down_work_end_to_end()
    {
        var instance = PrivateInstanceSet.NamePrefix + "cli-" + Guid.NewGuid().ToString("N")[..6];
        try
        {
            var up = await BuiltCli.RunAsync(["infra", "up", "--instance", instance]);
            Assert.True(up.ExitCode == 0, up.StandardError);

            var status = await BuiltCli.RunAsync(["infra", "status", "--instance", instance]);
            Assert.True(status.ExitCode == 0, status.StandardError);
            var databaseUrl = Value(status.StandardOutput, "DATABASE_URL (servers)");
            var keywords = Value(status.StandardOutput, "Npgsql (servers)");
            var redisUrl = Value(status.StandardOutput, "REDIS_URL (servers)");
            Assert.Matches(@"^postgresql://benchmark:benchmark@127\.0\.0\.1:\d+/benchmark$", databaseUrl);
            Assert.Equal(PostgresEndpoint.Parse(databaseUrl, "status").ToKeywords(), keywords);
            Assert.Matches(@"^\d+ / \d+ \(127\.0\.0\.1\)$", Value(status.StandardOutput, "pid / port"));

            // What a newcomer does with the printed string: connect as the servers do and count the users.
            await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(keywords) { Pooling = false }.ConnectionString))
            {
                await connection.OpenAsync(TestContext.Current.CancellationToken);
                Assert.Equal(100_000L, await connection.ScalarAsync<long>("SELECT count(*) FROM users", TestContext.Current.CancellationToken));
                await connection.ExecuteAsync("INSERT INTO users (name, email) VALUES ('Added', 'added@x.test')", TestContext.Current.CancellationToken);
            }
            var redis = RedisEndpoint.Parse(redisUrl, "status");
            Assert.True(await RedisProbe.PingAsync(redis.Host, redis.Port, TestContext.Current.CancellationToken));

            var reset = await BuiltCli.RunAsync(["db", "reset", "users", "--instance", instance]);
            Assert.True(reset.ExitCode == 0, reset.StandardError);
            Assert.Contains("R-users: users: removed 1 rows above id 100000", reset.StandardOutput, StringComparison.Ordinal);

            var down = await BuiltCli.RunAsync(["infra", "down", "--instance", instance]);
            Assert.Equal(0, down.ExitCode);
            Assert.Contains("PostgreSQL: stopped", down.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("Redis: stopped", down.StandardOutput, StringComparison.Ordinal);

            var after = await BuiltCli.RunAsync(["infra", "status", "--instance", instance]);
            Assert.Equal(1, after.ExitCode);
            Assert.Contains("./benchlab infra up", after.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await InstanceSweeper.RemoveAsync(LabEnvironment.Layout, instance, CancellationToken.None);
        }
    }

    private static string Value(string output, string label)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"'{label}' is not in the status output:\n{output}");
        return line.TrimStart()[label.Length..].Trim();
    }
}
