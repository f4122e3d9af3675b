using BenchLab.Results.Model;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Redis;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Runner.Execution;

/// <summary>The server's, PostgreSQL's and Redis's share of a repetition, from telemetry samples and snapshot deltas.</summary>
public static class UsageSummaries
{
    public static ServerUsage? Server(TelemetryTimeline timeline, long requests)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var process = timeline.Frames.Where(f => f.Process is not null).ToList();
        if (process.Count == 0)
        {
            return null;
        }
        var cpuSeconds = process.Sum(f => f.Process!.CpuPercent / 100.0 * timeline.IntervalSeconds);
        var runtime = timeline.Frames.Where(f => f.Runtime is not null).ToList();
        double? allocatedPerRequest = runtime.Count == 0 || requests == 0 ? null : runtime.Sum(f => f.Runtime!.AllocatedBytes) / 1024.0 / 1024.0 / requests;
        return new ServerUsage(
            cpuSeconds,
            requests == 0 ? 0 : cpuSeconds * 1000 / requests,
            process.Max(f => f.Process!.RssBytes) / 1024.0 / 1024.0,
            allocatedPerRequest,
            runtime.Count == 0 ? null : (int)runtime.Sum(f => f.Runtime!.Gen0Collections),
            runtime.Count == 0 ? null : (int)runtime.Sum(f => f.Runtime!.Gen2Collections));
    }

    public static DatabaseUsage Database(PostgresDelta delta, TelemetryTimeline timeline, long iterations, long requests)
    {
        ArgumentNullException.ThrowIfNull(delta);
        ArgumentNullException.ThrowIfNull(timeline);
        var statements = delta.Statements.DataStatements;
        var inUse = timeline.Frames.Where(f => f.Postgres is not null).Select(f => f.Postgres!.ConnectionsInUseMax).DefaultIfEmpty(0).Max();
        return new DatabaseUsage(
            statements,
            iterations == 0 ? 0 : statements / (double)iterations,
            requests == 0 ? 0 : statements / (double)requests,
            delta.BufferHitRatio,
            inUse);
    }

    public static CacheUsage Cache(RedisDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        return new CacheUsage(delta.KeyspaceHits, delta.KeyspaceMisses, delta.HitRatio, delta.Commands);
    }
}
