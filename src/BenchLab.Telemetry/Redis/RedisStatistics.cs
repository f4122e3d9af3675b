using BenchLab.Infra.Redis;
using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Redis;

/// <summary>
/// Snapshots of Redis's counters (INFO all + CLIENT LIST) over one lab connection, for verify, the runner and
/// the sampler: take one before and one after a phase, then <see cref="RedisDelta.Between"/>. Redis counts as
/// it goes, so no waiting is needed.
/// </summary>
public sealed class RedisStatistics(RedisEndpoint endpoint, RunClock? clock = null) : IAsyncDisposable
{
    private readonly RunClock _clock = clock ?? RunClock.StartNew();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RespConnection? _connection;

    public RedisEndpoint Endpoint { get; } = endpoint;

    public async Task<RedisSnapshot> SnapshotAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _connection ??= await RespConnection.OpenAsync(Endpoint, cancellationToken: cancellationToken);
            // What this connection sent before INFO is in INFO's counts; INFO itself is not (Redis counts a
            // command after running it).
            var ownBefore = _connection.Sent;
            var time = _clock.Now();
            var info = RedisInfo.Parse(await _connection.CommandAsync("info", ["INFO", "all"], cancellationToken));
            var clients = await _connection.CommandAsync("client|list", ["CLIENT", "LIST", "TYPE", "normal"], cancellationToken);
            var labClients = clients.Split('\n').Count(line => line.Contains($" name={RespConnection.ClientName} ", StringComparison.Ordinal));
            var calls = info.CommandCalls.ToDictionary(c => c.Key, c => c.Value - ownBefore.GetValueOrDefault(c.Key));
            return new RedisSnapshot(
                time,
                info.Number("keyspace_hits"),
                info.Number("keyspace_misses"),
                info.Number("total_commands_processed") - ownBefore.Values.Sum(),
                calls,
                info.Number("used_memory"),
                info.Number("maxmemory"),
                (int)info.Number("connected_clients") - labClients,
                info.Keys,
                info.Number("evicted_keys"),
                info.Number("expired_keys"));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _gate.Dispose();
    }
}
