using System.Text.Json;
using System.Text.Json.Nodes;
using BenchLab.Load.Metrics;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Processes;
using BenchLab.Telemetry.Redis;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Reports.Tests.Support;

/// <summary>
/// The two raw records a repetition carries, made up but in the formats the lab writes: the load engine's full
/// JSON (LoadResultJson's member names, real HdrHistograms through HistogramCodec) and a telemetry timeline
/// serialized by Telemetry's own JSON context.
/// </summary>
public static class SyntheticRecords
{
    public const long StartTicks = 5_000_000_000_000;

    /// <summary>A load record of <paramref name="seconds"/> whole seconds plus the engine's short draining slice.</summary>
    public static JsonElement Load(int seconds, double rps, double medianMs, IReadOnlyList<string> names, IReadOnlyList<string> groups)
    {
        var series = new JsonArray();
        foreach (var name in names)
        {
            series.Add(new JsonObject
            {
                ["group"] = "",
                ["name"] = name,
                ["tags"] = "",
                ["status_class"] = "2xx",
                ["count"] = 1000,
                ["failed"] = 0,
                ["latency_hdr"] = Histogram(medianMs, 1000),
            });
        }
        var groupArray = new JsonArray();
        foreach (var (group, i) in groups.Select((g, i) => (g, i)))
        {
            groupArray.Add(new JsonObject { ["group"] = group, ["group_duration_hdr"] = Histogram(medianMs * (i + 1), 500) });
        }
        var intervals = new JsonArray();
        for (var s = 0; s < seconds; s++)
        {
            var wobble = 1 + (0.05 * Math.Sin(s));
            intervals.Add(Interval(s, 1, rps * wobble, s == seconds / 2 ? 3 : 0, medianMs * wobble));
        }
        intervals.Add(Interval(seconds, 0.006, 9 / 0.006, 0, medianMs / 3));
        return JsonSerializer.SerializeToElement(new JsonObject
        {
            ["schema_version"] = 1,
            ["start_timestamp"] = StartTicks + 150_000_000,
            ["timestamp_frequency"] = 1_000_000_000,
            ["series"] = series,
            ["groups"] = groupArray,
            ["timeline"] = new JsonObject { ["resolution_seconds"] = 1, ["intervals"] = intervals },
        });
    }

    /// <summary>A telemetry timeline of the server process, PostgreSQL and Redis, started 0.15 s before the load engine.</summary>
    public static JsonElement Telemetry(int seconds, double rps, double statementsPerRequest, double redisHitRatio)
    {
        var frames = new List<TelemetryFrame>();
        for (var k = 1; k <= seconds; k++)
        {
            var time = new SampleTime(k + 0.01, StartTicks + (long)((k + 0.01) * 1e9));
            frames.Add(new TelemetryFrame(k, time,
                new ProcessSample(time, 60 + (k % 5), 40, 20 + (k % 5), (150 + k) * 1048576L, 30, 200, 1),
                null,
                new PostgresSample(time, rps * statementsPerRequest, rps * 20, 0, new ConnectionCounts(10, 3, 7, 0, 0), 5, 3, 5000, k == 1 ? 50 : 0, k == 1 ? 0.99 : 1.0, rps, 0),
                new RedisSample(time, rps, rps * redisHitRatio, rps * (1 - redisHitRatio), redisHitRatio, 1_400_000, 3, 10_000, 0)));
        }
        return JsonSerializer.SerializeToElement(new TelemetryTimeline(StartTicks, 1_000_000_000, 1, frames, 0, "duration reached"), TelemetryJson.Default.TelemetryTimeline);
    }

    private static JsonObject Interval(double start, double width, double rps, long errors, double p50) => new()
    {
        ["start_s"] = start,
        ["width_s"] = width,
        ["requests"] = (long)(rps * width),
        ["rps"] = rps,
        ["errors"] = errors,
        ["p50_ms"] = p50,
        ["p95_ms"] = p50 * 2,
        ["p99_ms"] = p50 * 3,
    };

    /// <summary>A skewed latency distribution around <paramref name="medianMs"/>: most values near it, a tail to 10×.</summary>
    private static string Histogram(double medianMs, int count)
    {
        var histogram = HistogramConfig.CreateFull();
        for (var i = 0; i < count; i++)
        {
            var spread = 0.5 + ((i * 7919 % 1000) / 1000.0);
            var tail = i % 100 == 0 ? 10 : 1;
            HistogramConfig.Record(histogram, (long)(medianMs * 1000 * spread * tail));
        }
        return Convert.ToBase64String(HistogramCodec.Encode(histogram));
    }
}
