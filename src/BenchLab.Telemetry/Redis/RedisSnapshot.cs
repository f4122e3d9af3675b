using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Redis;

/// <summary>
/// Redis's counters at one point of a run, with the lab's own traffic taken out: <see cref="Commands"/> and
/// <see cref="CommandCalls"/> exclude every command the lab's connection sent before this reading, and
/// <see cref="ConnectedClients"/> excludes the lab's connections (named <see cref="RespConnection.ClientName"/>).
/// </summary>
/// <param name="KeyspaceHits">Successful key lookups since start (GET of an existing key, …).</param>
/// <param name="KeyspaceMisses">Lookups of a missing key.</param>
/// <param name="Commands">Commands processed since start, the lab's own excluded.</param>
/// <param name="CommandCalls">Calls per command name (commandstats), the lab's own excluded.</param>
/// <param name="UsedMemoryBytes">Memory Redis has allocated (<c>used_memory</c>).</param>
/// <param name="MaxMemoryBytes">The configured limit (0 = none).</param>
/// <param name="ConnectedClients">Client connections other than the lab's.</param>
/// <param name="Keys">Keys in all databases.</param>
/// <param name="EvictedKeys">Keys evicted by the memory policy since start.</param>
/// <param name="ExpiredKeys">Keys expired since start.</param>
public sealed record RedisSnapshot(
    SampleTime Time,
    long KeyspaceHits,
    long KeyspaceMisses,
    long Commands,
    IReadOnlyDictionary<string, long> CommandCalls,
    long UsedMemoryBytes,
    long MaxMemoryBytes,
    int ConnectedClients,
    long Keys,
    long EvictedKeys,
    long ExpiredKeys);
