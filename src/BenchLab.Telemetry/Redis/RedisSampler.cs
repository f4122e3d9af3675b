using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Telemetry.Redis;

/// <summary>Samples Redis every interval from consecutive <see cref="RedisStatistics"/> snapshots (which it may share with other callers).</summary>
public sealed class RedisSampler(RedisStatistics statistics) : ISampler<RedisSample>
{
    private RedisSnapshot? _previous;

    public async Task StartAsync(SampleTime at, CancellationToken cancellationToken = default) =>
        _previous = await statistics.SnapshotAsync(cancellationToken);

    public async Task<RedisSample> SampleAsync(SampleTime at, CancellationToken cancellationToken = default)
    {
        var previous = _previous ?? throw new InvalidOperationException("StartAsync first");
        var now = await statistics.SnapshotAsync(cancellationToken);
        var delta = RedisDelta.Between(previous, now);
        _previous = now;
        var seconds = Math.Max(delta.Seconds, 1e-3);
        return new RedisSample(
            at,
            delta.Commands / seconds,
            delta.KeyspaceHits / seconds,
            delta.KeyspaceMisses / seconds,
            delta.HitRatio,
            now.UsedMemoryBytes,
            now.ConnectedClients,
            now.Keys,
            delta.EvictedKeys / seconds);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
