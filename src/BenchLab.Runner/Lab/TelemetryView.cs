using BenchLab.Scenarios.Model;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Runner.Lab;

/// <summary>A recorded telemetry timeline as the named series scenarios read (see <see cref="ITelemetryView"/>).</summary>
public sealed class TelemetryView(TelemetryTimeline timeline) : ITelemetryView
{
    public IReadOnlyList<(double Seconds, double Value)> Series(string metric)
    {
        Func<TelemetryFrame, double?> pick = metric switch
        {
            "process.rss_mb" => f => f.Process?.RssBytes / 1024.0 / 1024.0,
            "process.threads" => f => f.Process?.Threads,
            "process.fds" => f => f.Process?.OpenFileDescriptors,
            "process.cpu_percent" => f => f.Process?.CpuPercent,
            "dotnet.heap_mb" => f => f.Runtime?.GcHeapBytes / 1024.0 / 1024.0,
            "dotnet.gen0" => f => f.Runtime?.Gen0Collections,
            "dotnet.gen2" => f => f.Runtime?.Gen2Collections,
            "postgres.connections" => f => f.Postgres?.Connections.Total,
            "redis.clients" => f => f.Redis?.ConnectedClients,
            _ => throw new ArgumentException($"no telemetry series '{metric}'", nameof(metric)),
        };
        return [.. timeline.Frames.Select(f => (f.Time.Seconds, pick(f))).Where(p => p.Item2 is not null).Select(p => (p.Seconds, p.Item2!.Value))];
    }
}
