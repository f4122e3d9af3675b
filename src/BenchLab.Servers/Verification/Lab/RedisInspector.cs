using BenchLab.Infra.Redis;
using StackExchange.Redis;

namespace BenchLab.Servers.Verification.Lab;

/// <summary>Verify's own view of the server's Redis: whether a key is there, its value and TTL, and removing verify's own keys.</summary>
public sealed class RedisInspector : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _redis;
    private readonly RedisEndpoint _endpoint;

    private RedisInspector(ConnectionMultiplexer redis, RedisEndpoint endpoint)
    {
        _redis = redis;
        _endpoint = endpoint;
    }

    public RedisEndpoint Endpoint => _endpoint;

    private IDatabase Database => _redis.GetDatabase(_endpoint.Database);

    public static async Task<RedisInspector> ConnectAsync(RedisEndpoint endpoint)
    {
        var redis = await ConnectionMultiplexer.ConnectAsync(endpoint.ToStackExchange(allowAdmin: true));
        return new RedisInspector(redis, endpoint);
    }

    public async Task<string?> GetAsync(string key) => await Database.StringGetAsync(key);

    /// <summary>The remaining time to live; null when the key is missing or has no TTL.</summary>
    public Task<TimeSpan?> TimeToLiveAsync(string key) => Database.KeyTimeToLiveAsync(key);

    public Task<bool> ExistsAsync(string key) => Database.KeyExistsAsync(key);

    public Task<bool> DeleteAsync(string key) => Database.KeyDeleteAsync(key);

    public Task SetAsync(string key, string value, TimeSpan ttl) => Database.StringSetAsync(key, value, ttl);

    public Task<long> DatabaseSizeAsync() => _redis.GetServer(_endpoint.Host, _endpoint.Port).DatabaseSizeAsync(_endpoint.Database);

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();
}
