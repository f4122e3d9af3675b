using StackExchange.Redis;

namespace BenchLab.Infra.Reset;

/// <summary>R-redis: <c>FLUSHDB</c>; <c>CONFIG SET maxmemory 0</c>; <c>CONFIG SET maxmemory-policy noeviction</c>.</summary>
public sealed class RedisReset : IResetProcedure
{
    public string Name => "redis";

    public string ContractName => "R-redis";

    public async Task<string> RunAsync(ResetTarget target, CancellationToken cancellationToken = default)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(target.Redis.ToStackExchange(allowAdmin: true));
        if (!redis.IsConnected)
        {
            throw new InfraException($"cannot reach Redis at {target.Redis.Host}:{target.Redis.Port}");
        }
        var server = redis.GetServer(target.Redis.Host, target.Redis.Port);
        var keys = await server.DatabaseSizeAsync(target.Redis.Database);
        await server.FlushDatabaseAsync(target.Redis.Database);
        await server.ConfigSetAsync("maxmemory", "0");
        await server.ConfigSetAsync("maxmemory-policy", "noeviction");
        return $"redis: flushed {keys} keys from database {target.Redis.Database}; maxmemory 0, noeviction";
    }
}
