using System.Text.Json;
using BenchLab.Load.Metrics;
using HdrHistogram;

namespace BenchLab.Load.Results;

/// <summary>
/// The result as JSON. <see cref="WriteSummary"/> is the one-object summary of <c>--json</c> (requests, rps,
/// errors, latency_ms with p50/p90/p95/p99/max, …); <see cref="WriteFull"/> adds every series, group and check,
/// the per-second timeline, the first request of each VU, and the histograms themselves (HdrHistogram V2,
/// base64), so that runs can be merged and re-analysed from the file alone.
/// </summary>
public static class LoadResultJson
{
    public const int SchemaVersion = 1;

    public static string Summary(LoadResult result) => Write(result, full: false);

    public static string Full(LoadResult result) => Write(result, full: true);

    private static string Write(LoadResult result, bool full)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = full }))
        {
            if (full)
            {
                WriteFull(writer, result);
            }
            else
            {
                WriteSummary(writer, result);
            }
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteSummary(Utf8JsonWriter writer, LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        WriteSummaryMembers(writer, result);
        writer.WriteEndObject();
    }

    public static void WriteFull(Utf8JsonWriter writer, LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteNumber("schema_version", SchemaVersion);
        WriteSummaryMembers(writer, result);
        writer.WriteStartArray("series");
        foreach (var s in result.Series)
        {
            writer.WriteStartObject();
            writer.WriteString("group", s.Key.Group);
            writer.WriteString("name", s.Key.Name);
            writer.WriteString("tags", s.Key.Tags);
            writer.WriteString("status_class", s.StatusClassName);
            writer.WriteNumber("count", s.Count);
            writer.WriteNumber("failed", s.Failed);
            writer.WriteNumber("bytes_sent", s.BytesSent);
            writer.WriteNumber("bytes_received", s.BytesReceived);
            WriteTrend(writer, "latency_ms", Trend.Of(s.Latency));
            WriteTrend(writer, "service_time_ms", Trend.Of(s.ServiceTime));
            writer.WriteStartObject("errors");
            foreach (var (error, count) in s.Errors)
            {
                writer.WriteNumber(error.ToString(), count);
            }
            writer.WriteEndObject();
            writer.WriteString("latency_hdr", Convert.ToBase64String(HistogramCodec.Encode(s.Latency)));
            writer.WriteString("service_time_hdr", Convert.ToBase64String(HistogramCodec.Encode(s.ServiceTime)));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("groups");
        foreach (var g in result.Groups)
        {
            writer.WriteStartObject();
            writer.WriteString("group", g.Group);
            WriteTrend(writer, "group_duration_ms", Trend.Of(g.Duration));
            writer.WriteString("group_duration_hdr", Convert.ToBase64String(HistogramCodec.Encode(g.Duration)));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("check_results");
        foreach (var c in result.Checks)
        {
            writer.WriteStartObject();
            writer.WriteString("group", c.Group);
            writer.WriteString("name", c.Name);
            writer.WriteNumber("passes", c.Passes);
            writer.WriteNumber("fails", c.Fails);
            writer.WriteNumber("rate", c.Rate);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteTrend(writer, "iteration_duration_ms", Trend.Of(result.IterationDuration));
        writer.WriteStartArray("first_requests");
        foreach (var f in result.FirstRequests)
        {
            writer.WriteStartObject();
            writer.WriteNumber("vu", f.Vu);
            writer.WriteNumber("latency_ms", Math.Round(f.LatencyMs, 3));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("iteration_errors");
        foreach (var e in result.IterationErrors)
        {
            writer.WriteStringValue(e);
        }
        writer.WriteEndArray();
        writer.WriteStartObject("timeline");
        writer.WriteNumber("resolution_seconds", result.Timeline.ResolutionSeconds);
        writer.WriteStartArray("intervals");
        foreach (var point in result.Timeline.Points())
        {
            writer.WriteStartObject();
            writer.WriteNumber("start_s", point.StartSecond);
            writer.WriteNumber("width_s", Math.Round(point.WidthSeconds, 6));
            writer.WriteNumber("requests", point.Requests);
            writer.WriteNumber("rps", Math.Round(point.Rps, 2));
            writer.WriteNumber("errors", point.Failed);
            writer.WriteNumber("p50_ms", point.P50);
            writer.WriteNumber("p95_ms", point.P95);
            writer.WriteNumber("p99_ms", point.P99);
            writer.WriteNumber("service_p99_ms", point.ServiceP99);
            writer.WriteNumber("iterations", point.Iterations);
            writer.WriteNumber("dropped_iterations", point.DroppedIterations);
            writer.WriteNumber("timed_out", point.TimedOutRequests);
            writer.WriteNumber("interrupted", point.InterruptedRequests);
            writer.WriteNumber("vus", point.ActiveVus);
            writer.WriteNumber("generator_cpu_s", Math.Round(point.GeneratorCpuSeconds, 4));
            writer.WriteNumber("generator_rss_bytes", point.GeneratorRssBytes);
            writer.WriteNumber("loop_busy", Math.Round(point.LoopBusyFraction, 4));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSummaryMembers(Utf8JsonWriter writer, LoadResult result)
    {
        writer.WriteNumber("requests", result.Requests);
        writer.WriteNumber("rps", Math.Round(result.RequestsPerSecond, 2));
        writer.WriteNumber("errors", result.FailedRequests);
        writer.WriteNumber("error_rate", result.Requests > 0 ? Math.Round(result.FailedRequests / (double)result.Requests, 6) : 0);
        // Every started request has one outcome: completed (any status), timed out, interrupted, or another error.
        writer.WriteStartObject("outcomes");
        writer.WriteNumber("started", result.StartedRequests);
        writer.WriteNumber("completed", result.CompletedRequests);
        writer.WriteNumber("timed_out", result.TimedOutRequests);
        writer.WriteNumber("interrupted", result.InterruptedRequests);
        writer.WriteNumber("other_errors", result.StartedRequests - result.CompletedRequests - result.TimedOutRequests - result.InterruptedRequests);
        writer.WriteEndObject();
        WriteTrend(writer, "interrupted_waiting_ms", result.InterruptedWaiting);
        WriteTrend(writer, "latency_ms", result.Latency);
        WriteTrend(writer, "service_time_ms", result.ServiceTime);
        writer.WriteNumber("duration_s", Math.Round(result.Duration.TotalSeconds, 3));
        writer.WriteString("target", result.Target);
        writer.WriteString("executor", result.Executor);
        writer.WriteString("description", result.Description);
        writer.WriteString("model", result.OpenModel ? "open" : "closed");
        writer.WriteString("started_at", result.StartedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteNumber("start_timestamp", result.StartTimestamp);
        writer.WriteNumber("timestamp_frequency", result.TimestampFrequency);
        writer.WriteNumber("iterations", result.Iterations);
        writer.WriteNumber("failed_iterations", result.FailedIterations);
        writer.WriteNumber("interrupted_iterations", result.InterruptedIterations);
        writer.WriteNumber("dropped_iterations", result.DroppedIterations);
        writer.WriteNumber("bytes_sent", result.BytesSent);
        writer.WriteNumber("bytes_received", result.BytesReceived);
        writer.WriteStartObject("checks");
        writer.WriteNumber("passes", result.ChecksPassed);
        writer.WriteNumber("fails", result.ChecksFailed);
        writer.WriteEndObject();
        writer.WriteStartObject("status_codes");
        foreach (var (code, count) in result.StatusCodes)
        {
            writer.WriteNumber(code.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }
        writer.WriteEndObject();
        writer.WriteBoolean("valid", result.Validity.IsValid);
        writer.WriteStartArray("invalid_reasons");
        foreach (var reason in result.Validity.Reasons)
        {
            writer.WriteStringValue(reason);
        }
        writer.WriteEndArray();
        writer.WriteBoolean("partial", result.Partial);
        if (result.StopReason is not null)
        {
            writer.WriteString("stop_reason", result.StopReason);
        }
        if (result.TeardownError is not null)
        {
            writer.WriteString("teardown_error", result.TeardownError);
        }
        writer.WriteStartArray("thresholds");
        foreach (var t in result.Thresholds)
        {
            writer.WriteStartObject();
            writer.WriteString("threshold", t.Threshold.Text);
            if (double.IsFinite(t.Observed))
            {
                writer.WriteNumber("observed", Math.Round(t.Observed, 6));
            }
            else
            {
                writer.WriteNull("observed");
            }
            writer.WriteBoolean("passed", t.Passed);
            if (t.Note is not null)
            {
                writer.WriteString("note", t.Note);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        var g = result.Generator;
        writer.WriteStartObject("generator");
        writer.WriteNumber("event_loops", g.EventLoops);
        writer.WriteNumber("cpu_seconds", Math.Round(g.CpuSeconds, 4));
        writer.WriteNumber("cpu_seconds_per_100k_requests", Math.Round(g.CpuSecondsPer100kRequests, 4));
        writer.WriteNumber("peak_rss_bytes", g.PeakRssBytes);
        writer.WriteStartArray("loop_busy");
        foreach (var busy in g.LoopBusyFractions)
        {
            writer.WriteNumberValue(Math.Round(busy, 4));
        }
        writer.WriteEndArray();
        WriteTrend(writer, "scheduling_lag_ms", g.SchedulingLag);
        writer.WriteNumber("lagged_iterations", g.LaggedIterations);
        writer.WriteNumber("reconnects", g.Reconnects);
        writer.WriteNumber("timeline_intervals", result.Timeline.Intervals.Count);
        writer.WriteNumber("timeline_bytes", result.Timeline.FootprintBytes);
        writer.WriteEndObject();
    }

    private static void WriteTrend(Utf8JsonWriter writer, string name, Trend trend)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("count", trend.Count);
        writer.WriteNumber("avg", Math.Round(trend.Avg, 3));
        writer.WriteNumber("min", trend.Min);
        writer.WriteNumber("p50", trend.Med);
        writer.WriteNumber("p90", trend.P90);
        writer.WriteNumber("p95", trend.P95);
        writer.WriteNumber("p99", trend.P99);
        writer.WriteNumber("max", trend.Max);
        writer.WriteEndObject();
    }

    /// <summary>Reads a histogram written by <see cref="WriteFull"/> (the *_hdr members) back.</summary>
    public static HistogramBase ReadHistogram(string base64) => HistogramCodec.Decode(Convert.FromBase64String(base64));
}
