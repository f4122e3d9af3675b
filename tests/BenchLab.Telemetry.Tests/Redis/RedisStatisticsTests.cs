using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Redis;
using BenchLab.Testing;

namespace BenchLab.Telemetry.Tests.Redis;

/// <summary>Redis INFO: hits, misses, commands, clients, memory — the lab's own traffic taken out.</summary>
public sealed class RedisStatisticsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hits_misses_and_commands_match_a_scripted_sequence()
    {
        await using var redis = await PrivateRedis.StartAsync(Token);
        await using var client = await RespConnection.OpenAsync(redis.Endpoint, "scripted-server", Token);
        await using var statistics = new RedisStatistics(redis.Endpoint);
        var before = await statistics.SnapshotAsync(Token);

        for (var i = 1; i <= 5; i++)
        {
            await client.CommandAsync("set", ["SET", $"user:{i}", "{}"], Token);
        }
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal("{}", await client.CommandAsync("get", ["GET", $"user:{i}"], Token));
        }
        for (var i = 100; i < 104; i++)
        {
            await client.CommandAsync("get", ["GET", $"user:{i}"], Token);
        }
        var after = await statistics.SnapshotAsync(Token);
        var delta = RedisDelta.Between(before, after);

        Assert.Equal(3, delta.KeyspaceHits);
        Assert.Equal(4, delta.KeyspaceMisses);
        Assert.Equal(3 / 7.0, delta.HitRatio!.Value, 12);
        Assert.Equal(12, delta.Commands);
        Assert.Equal(new Dictionary<string, long> { ["get"] = 7, ["set"] = 5 }, delta.CommandCalls);
        Assert.Equal(5, after.Keys);
        Assert.Equal(1, after.ConnectedClients);
        Assert.True(after.UsedMemoryBytes > 0);
    }

    [Fact]
    public async Task An_idle_redis_samples_zero_operations_and_no_clients()
    {
        await using var redis = await PrivateRedis.StartAsync(Token);
        await using var statistics = new RedisStatistics(redis.Endpoint);
        var clock = RunClock.StartNew();
        await using var sampler = new RedisSampler(statistics);
        await sampler.StartAsync(clock.Now(), Token);

        for (var i = 0; i < 3; i++)
        {
            await Task.Delay(100, Token);
            var sample = await sampler.SampleAsync(clock.Now(), Token);
            Assert.Equal(0, sample.OperationsPerSecond);
            Assert.Equal(0, sample.ConnectedClients);
            Assert.Null(sample.HitRatio);
        }
    }

    [Fact]
    public async Task A_sample_turns_the_interval_s_hits_and_misses_into_rates()
    {
        await using var redis = await PrivateRedis.StartAsync(Token);
        await using var client = await RespConnection.OpenAsync(redis.Endpoint, "scripted-server", Token);
        await using var statistics = new RedisStatistics(redis.Endpoint);
        var clock = RunClock.StartNew();
        var sampler = new RedisSampler(statistics);
        await sampler.StartAsync(clock.Now(), Token);
        await client.CommandAsync("set", ["SET", "k", "v"], Token);
        await client.CommandAsync("get", ["GET", "k"], Token);
        await client.CommandAsync("get", ["GET", "absent"], Token);

        var sample = await sampler.SampleAsync(clock.Now(), Token);

        Assert.Equal(0.5, sample.HitRatio);
        Assert.True(sample.OperationsPerSecond > 0);
        Assert.Equal(sample.HitsPerSecond, sample.MissesPerSecond, 9);
        Assert.Equal(1, sample.Keys);
        Assert.Equal(1, sample.ConnectedClients);
    }

    [Fact]
    public void Info_text_is_parsed_into_fields_command_calls_and_keys()
    {
        var info = RedisInfo.Parse("# Stats\r\nkeyspace_hits:42\r\nkeyspace_misses:8\r\n\r\n# Commandstats\r\ncmdstat_get:calls=50,usec=120,usec_per_call=2.40,rejected_calls=0,failed_calls=0\r\ncmdstat_client|list:calls=2,usec=1\r\n# Keyspace\r\ndb0:keys=10,expires=3,avg_ttl=0\r\ndb2:keys=5,expires=0,avg_ttl=0\r\n");

        Assert.Equal(42, info.Number("keyspace_hits"));
        Assert.Equal(0, info.Number("absent"));
        Assert.Equal(50, info.CommandCalls["get"]);
        Assert.Equal(2, info.CommandCalls["client|list"]);
        Assert.Equal(15, info.Keys);
    }
}
