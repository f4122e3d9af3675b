using System.Text.Json;
using BenchLab.Load.Metrics;
using BenchLab.Load.Results;
using HdrHistogram;

namespace BenchLab.Reports.Records;

/// <summary>
/// The load engine's full result as a repetition stores it (LoadResultJson's full form): the per-second
/// timeline, the HdrHistograms per request series and per group, and the clock it was stamped with.
/// </summary>
public sealed class LoadRecord
{
    private const double MinimumWidth = 0.5;

    private readonly JsonElement _root;

    private LoadRecord(JsonElement root) => _root = root;

    public static LoadRecord? Of(JsonElement? record) =>
        record is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("timeline", out _) ? new LoadRecord(root) : null;

    /// <summary>The engine's start on the machine's monotonic clock, in seconds (telemetry frames use the same clock).</summary>
    public double StartSeconds => _root.TryGetProperty("start_timestamp", out var ticks) && _root.TryGetProperty("timestamp_frequency", out var frequency) && frequency.GetDouble() > 0
        ? ticks.GetDouble() / frequency.GetDouble()
        : double.NaN;

    /// <summary>
    /// The whole seconds of the timeline. The engine's last slice is the few milliseconds of draining after the
    /// measured duration; its rate and percentiles come from a handful of requests and would read as a collapse.
    /// </summary>
    public IReadOnlyList<TimelinePoint> Timeline()
    {
        if (!_root.TryGetProperty("timeline", out var timeline) || !timeline.TryGetProperty("intervals", out var intervals))
        {
            return [];
        }
        return [.. intervals.EnumerateArray().Select(i => new TimelinePoint(
            i.GetProperty("start_s").GetDouble(),
            i.GetProperty("width_s").GetDouble(),
            i.GetProperty("rps").GetDouble(),
            i.GetProperty("errors").GetInt64(),
            i.GetProperty("p50_ms").GetDouble(),
            i.GetProperty("p95_ms").GetDouble(),
            i.GetProperty("p99_ms").GetDouble())).Where(p => p.Width >= MinimumWidth)];
    }

    /// <summary>Latency histograms (µs) by request name, every status class merged.</summary>
    public IReadOnlyDictionary<string, HistogramBase> LatencyByName() =>
        Merge(Array("series").Select(s => (s.GetProperty("name").GetString() ?? "", s.GetProperty("latency_hdr").GetString())));

    /// <summary>group_duration histograms (µs) by group.</summary>
    public IReadOnlyDictionary<string, HistogramBase> DurationByGroup() =>
        Merge(Array("groups").Select(g => (g.GetProperty("group").GetString() ?? "", g.GetProperty("group_duration_hdr").GetString())));

    private List<JsonElement> Array(string name) =>
        _root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static Dictionary<string, HistogramBase> Merge(IEnumerable<(string Key, string? Encoded)> parts)
    {
        var merged = new Dictionary<string, HistogramBase>();
        foreach (var (key, encoded) in parts)
        {
            if (string.IsNullOrEmpty(encoded))
            {
                continue;
            }
            if (!merged.TryGetValue(key, out var histogram))
            {
                histogram = merged[key] = HistogramConfig.CreateFull();
            }
            histogram.Add(LoadResultJson.ReadHistogram(encoded));
        }
        return merged;
    }
}
