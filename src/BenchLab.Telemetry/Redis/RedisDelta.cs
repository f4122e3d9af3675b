using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Redis;

/// <summary>What Redis did between two snapshots: hits and misses (the hit ratio contract §4 gives for 15 and 23 report), commands, evictions.</summary>
public sealed record RedisDelta(
    SampleTime From,
    SampleTime To,
    long KeyspaceHits,
    long KeyspaceMisses,
    long Commands,
    IReadOnlyDictionary<string, long> CommandCalls,
    long EvictedKeys,
    long ExpiredKeys)
{
    public double Seconds => From.SecondsUntil(To);

    /// <summary>keyspace_hits / (hits + misses); null when there was no lookup.</summary>
    public double? HitRatio => KeyspaceHits + KeyspaceMisses == 0 ? null : KeyspaceHits / (double)(KeyspaceHits + KeyspaceMisses);

    public static RedisDelta Between(RedisSnapshot before, RedisSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var calls = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, count) in after.CommandCalls)
        {
            var change = count - before.CommandCalls.GetValueOrDefault(name);
            if (change != 0)
            {
                calls[name] = change;
            }
        }
        return new RedisDelta(
            before.Time,
            after.Time,
            after.KeyspaceHits - before.KeyspaceHits,
            after.KeyspaceMisses - before.KeyspaceMisses,
            after.Commands - before.Commands,
            calls,
            after.EvictedKeys - before.EvictedKeys,
            after.ExpiredKeys - before.ExpiredKeys);
    }
}
