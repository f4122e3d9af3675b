using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Redis;

/// <summary>One interval of Redis (INFO), the lab's own commands and connections excluded.</summary>
/// <param name="HitRatio">keyspace hits / (hits + misses) in the interval; null without lookups.</param>
public sealed record RedisSample(
    SampleTime Time,
    double OperationsPerSecond,
    double HitsPerSecond,
    double MissesPerSecond,
    double? HitRatio,
    long UsedMemoryBytes,
    int ConnectedClients,
    long Keys,
    double EvictionsPerSecond);
