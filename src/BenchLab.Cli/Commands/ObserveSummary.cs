using System.Globalization;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Redis;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Cli.Commands;

/// <summary>The lines <c>observe</c> prints when it stops: the timeline summarised, and the PostgreSQL and Redis deltas over the whole observation.</summary>
public static class ObserveSummary
{
    public static IEnumerable<string> Lines(TelemetryTimeline timeline, PostgresDelta? postgres, RedisDelta? redis)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var frames = timeline.Frames;
        var seconds = frames.Count == 0 ? 0 : frames[^1].Time.Seconds;
        yield return I($"summary: {frames.Count} samples over {seconds:0.0} s ({timeline.StopReason}{(timeline.MissedTicks > 0 ? $"; {timeline.MissedTicks} ticks missed: sampling was slower than the interval" : "")})");
        var process = frames.Select(f => f.Process).OfType<Telemetry.Processes.ProcessSample>().ToList();
        if (process.Count > 0)
        {
            yield return I($"  process   cpu mean {process.Average(p => p.CpuPercent):0.0} %, max {process.Max(p => p.CpuPercent):0.0} % of a core; rss {Mb(process[0].RssBytes)} → {Mb(process[^1].RssBytes)} MB (max {Mb(process.Max(p => p.RssBytes))}); threads {process[0].Threads} → {process[^1].Threads}; fds {process[0].OpenFileDescriptors} → {process[^1].OpenFileDescriptors}");
        }
        var runtime = frames.Select(f => f.Runtime).OfType<Telemetry.DotNet.DotNetRuntimeSample>().ToList();
        if (runtime.Count > 0)
        {
            yield return I($"  .NET      gc 0/1/2: {runtime.Sum(r => r.Gen0Collections)}/{runtime.Sum(r => r.Gen1Collections)}/{runtime.Sum(r => r.Gen2Collections)}, pauses {runtime.Sum(r => r.GcPauseMilliseconds):0} ms; allocated {runtime.Sum(r => r.AllocatedBytes) / 1_048_576.0:0} MB; heap max {Mb(runtime.Max(r => r.GcHeapBytes))} MB; thread-pool queue max {runtime.Max(r => r.ThreadPoolQueueLength):0}, threads max {runtime.Max(r => r.ThreadPoolThreads)}");
        }
        if (postgres is not null)
        {
            foreach (var line in PostgresLines(postgres, frames))
            {
                yield return line;
            }
        }
        if (redis is not null)
        {
            yield return I($"  redis     {redis.Commands} commands; hits {redis.KeyspaceHits}, misses {redis.KeyspaceMisses} (hit ratio {Percent(redis.HitRatio)}); evicted {redis.EvictedKeys}, expired {redis.ExpiredKeys}");
        }
    }

    private static IEnumerable<string> PostgresLines(PostgresDelta delta, IReadOnlyList<TelemetryFrame> frames)
    {
        var statements = delta.Statements;
        var excluded = string.Join(", ", statements.Excluded.OrderByDescending(e => e.Value).Select(e => I($"{e.Value} {Words(e.Key)}")));
        yield return I($"  postgres  {statements.DataStatements} data statements ({statements.DataStatements / Math.Max(delta.Seconds, 1e-3):0.0}/s), {statements.DataRows} rows; not counted: {(excluded.Length == 0 ? "none" : excluded)}");
        var inUse = frames.Select(f => f.Postgres).OfType<PostgresSample>().Select(p => p.ConnectionsInUseMax).DefaultIfEmpty(0).Max();
        yield return I($"            buffer hit ratio {Percent(delta.BufferHitRatio)} ({delta.Database.BlocksHit} hits, {delta.Database.BlocksRead} reads); {delta.Database.Commits} commits, {delta.Database.Rollbacks} rollbacks; most connections in use at once: {inUse}");
        foreach (var table in delta.Tables.Take(3))
        {
            yield return I($"            table {table.QualifiedName}: hit ratio {Percent(table.HitRatio)} (heap {table.HeapBlocksHit}/{table.HeapBlocksRead}, index {table.IndexBlocksHit}/{table.IndexBlocksRead} hits/reads)");
        }
        foreach (var statement in statements.Entries.Where(e => e.Counted).Take(5))
        {
            yield return I($"            {statement.Calls,8}× {statement.MeanExecMilliseconds:0.000} ms  {OneLine(statement.Query, 90)}");
        }
        foreach (var problem in delta.Problems)
        {
            yield return $"            note: {problem}";
        }
    }

    private static string Words(StatementKind kind) => kind switch
    {
        StatementKind.Transaction => "transaction control",
        StatementKind.ConnectionReset => "connection reset",
        StatementKind.Session => "session setting",
        StatementKind.DriverCatalog => "driver catalog read",
        _ => "data",
    };

    private static string Mb(long bytes) => (bytes / 1_048_576.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Percent(double? ratio) => ratio is { } value ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %" : "n/a";

    private static string OneLine(string text, int width)
    {
        var line = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= width ? line : line[..(width - 1)] + "…";
    }

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
