using System.Text.Json;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Reports.Records;

/// <summary>
/// The telemetry timeline a repetition stores, moved onto the load engine's time axis: frames are stamped in
/// seconds since the telemetry clock's start, and both clocks' starts are raw ticks of the same monotonic source.
/// </summary>
public static class TelemetryRecord
{
    public static IReadOnlyList<TelemetryPoint> Points(JsonElement? record, LoadRecord? load)
    {
        if (record is not { ValueKind: JsonValueKind.Object } element)
        {
            return [];
        }
        var timeline = element.Deserialize(TelemetryJson.Default.TelemetryTimeline);
        if (timeline is null || timeline.TicksPerSecond <= 0)
        {
            return [];
        }
        var start = timeline.StartTicks / (double)timeline.TicksPerSecond;
        var offset = load is not null && double.IsFinite(load.StartSeconds) ? load.StartSeconds - start : 0;
        return [.. timeline.Frames.Select(f => new TelemetryPoint(
            f.Time.Seconds - offset,
            f.Process?.CpuPercent,
            f.Process is { } p ? p.RssBytes / 1048576.0 : null,
            f.Postgres?.StatementsPerSecond,
            f.Postgres?.BufferHitRatio,
            f.Redis?.HitRatio,
            f.Runtime is { GcHeapBytes: > 0 } r ? r.GcHeapBytes / 1048576.0 : null))];
    }
}
