using BenchLab.Infra.Instances;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Processes;
using BenchLab.Infra.Redis;
using BenchLab.Testing;

namespace BenchLab.Infra.Tests.Lifecycle;

/// <summary>Embedded PostgreSQL and Redis: start, reuse, stop, and recovery from a killed run — each on a private instance set.</summary>
public sealed class LifecycleTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Up_starts_both_servers_on_loopback_and_a_second_up_reuses_them()
    {
        await using var instances = new PrivateInstanceSet();

        var first = await instances.Infrastructure.StartAsync(instances.Options, Token);
        var second = await instances.Infrastructure.StartAsync(instances.Options, Token);

        Assert.NotNull(first.PostgresInstance);
        Assert.NotNull(first.RedisInstance);
        Assert.Equal((first.PostgresInstance.Pid, first.PostgresInstance.Port), (second.PostgresInstance!.Pid, second.PostgresInstance.Port));
        Assert.Equal((first.RedisInstance.Pid, first.RedisInstance.Port), (second.RedisInstance!.Pid, second.RedisInstance.Port));
        Assert.Contains(instances.Log, line => line.StartsWith("PostgreSQL already running", StringComparison.Ordinal));
        Assert.Equal("127.0.0.1", first.Superuser.Host);
        Assert.StartsWith("15.", await PostgresProbe.TryServerVersionAsync(first.Superuser, Token), StringComparison.Ordinal);
        Assert.True(await RedisProbe.PingAsync("127.0.0.1", first.Redis.Port, Token));
        await using var connection = new Npgsql.NpgsqlConnection(first.Superuser.ToLabConnectionString());
        await connection.OpenAsync(Token);
        Assert.Equal("127.0.0.1", await Database.NpgsqlConnectionExtensions.ScalarAsync<string>(connection, "SHOW listen_addresses", Token));
        Assert.Equal("pg_stat_statements", await Database.NpgsqlConnectionExtensions.ScalarAsync<string>(connection, "SHOW shared_preload_libraries", Token));
    }

    [Fact]
    public async Task Down_stops_both_servers_and_a_second_down_finds_nothing_to_stop()
    {
        await using var instances = new PrivateInstanceSet();
        var endpoints = await instances.Infrastructure.StartAsync(instances.Options, Token);

        var stopped = await instances.Infrastructure.DownAsync(instances.Name, Token);
        var again = await instances.Infrastructure.DownAsync(instances.Name, Token);

        Assert.Equal((true, true), stopped);
        Assert.Equal((false, false), again);
        Assert.False(ProcessProbe.IsAlive(endpoints.PostgresInstance!.Pid));
        Assert.False(ProcessProbe.IsAlive(endpoints.RedisInstance!.Pid));
        Assert.Null(instances.Infrastructure.FindRunning(instances.Options));
    }

    [Fact]
    public async Task Stale_pid_files_left_by_a_killed_run_are_detected_cleaned_and_replaced()
    {
        await using var instances = new PrivateInstanceSet();
        var before = await instances.Infrastructure.StartAsync(instances.Options, Token);
        await KillAsync(before.PostgresInstance!.Pid);
        await KillAsync(before.RedisInstance!.Pid);

        Assert.Null(instances.Infrastructure.FindRunning(instances.Options));
        var layout = InstanceLayout.Describe(instances.Layout, instances.Name);
        Assert.False(File.Exists(layout.PostgresStateFile));
        Assert.False(File.Exists(layout.RedisStateFile));
        Assert.Contains(instances.Log, line => line.StartsWith("removed a stale PostgreSQL pid file", StringComparison.Ordinal));
        Assert.Contains(instances.Log, line => line.StartsWith("removed a stale Redis pid file", StringComparison.Ordinal));

        var after = await instances.Infrastructure.StartAsync(instances.Options, Token);

        Assert.NotEqual(before.PostgresInstance.Pid, after.PostgresInstance!.Pid);
        Assert.NotEqual(before.RedisInstance.Pid, after.RedisInstance!.Pid);
        Assert.NotNull(await PostgresProbe.TryServerVersionAsync(after.Superuser, Token));
        Assert.True(await RedisProbe.PingAsync("127.0.0.1", after.Redis.Port, Token));
    }

    [Fact]
    public async Task Postgres_data_moves_out_of_a_checkout_its_account_cannot_enter()
    {
        // A checkout inside a 0700 folder, as CI's fresh clone: the postgres account cannot pass through it.
        var closed = Directory.CreateTempSubdirectory("benchlab-closed-");
        File.SetUnixFileMode(closed.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var checkout = Directory.CreateDirectory(Path.Combine(closed.FullName, "checkout")).FullName;
        var lab = new LabLayout(checkout);
        var account = ServiceAccount.ForPostgres();
        string? postgresRoot = null;
        try
        {
            var layout = await InstanceLayout.PrepareAsync(lab, "tp-closed", account, Token);
            postgresRoot = layout.PostgresRoot;

            Assert.True(await account.CanWriteAsync(layout.PostgresRoot, Token));
            if (account.IsDelegated)
            {
                Assert.StartsWith("/var/tmp/benchlab-", layout.PostgresRoot, StringComparison.Ordinal);
            }
            else
            {
                Assert.StartsWith(checkout, layout.PostgresRoot, StringComparison.Ordinal);
            }
            Assert.Equal(layout.PostgresRoot, InstanceLayout.Describe(lab, "tp-closed").PostgresRoot);
        }
        finally
        {
            await InstanceSweeper.RemoveAsync(lab, "tp-closed", Token);
            closed.Delete(recursive: true);
        }
        // Removing the instance set leaves nothing behind in /var/tmp either.
        Assert.False(Directory.Exists(Path.GetDirectoryName(Path.GetDirectoryName(postgresRoot))));
    }

    private static async Task KillAsync(int pid)
    {
        await CommandRunner.RunAsync("kill", ["-KILL", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5), cancellationToken: Token);
        Assert.True(await ProcessTerminator.WaitForExitAsync(pid, TimeSpan.FromSeconds(10), Token));
    }
}
