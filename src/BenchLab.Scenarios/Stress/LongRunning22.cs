using BenchLab.Load;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Stress;

/// <summary>
/// 22: 08's mix for 10 minutes at 10 VUs, with the server's memory, threads, descriptors and connections sampled
/// every 5 s: does anything leak, and does latency drift?
/// </summary>
public sealed class LongRunning22 : Scenario
{
    public override string Id => "22";

    public override string Slug => "long-running";

    public override ScenarioCategory Category => ScenarioCategory.Stress;

    public override string Shows => "A 10-minute soak of the mixed load: memory growth, leaked descriptors or connections, latency drift.";

    public override IReadOnlyList<string> Thresholds => ["http_req_failed: rate<0.001"];

    public override ResetPlan Resets => new(LabReset.Users, LabReset.Users, LabReset.Users);

    public override TimeSpan TelemetryInterval => TimeSpan.FromSeconds(5);

    public override bool Supports(RunMode mode) => mode != RunMode.Quick;

    public override ScenarioTiming Timing(RunMode mode)
    {
        var basis = ScenarioTiming.For(mode, basic: false);
        return basis with { Duration = mode == RunMode.Smoke ? TimeSpan.FromSeconds(20) : TimeSpan.FromMinutes(10) };
    }

    public override ValueTask IterationAsync(VuContext vu) => MixedRequests.SendOneAsync(vu);

    public override Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, ITelemetryView telemetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(telemetry);
        var outcomes = new List<Outcome>();
        var thresholds = new List<ThresholdOutcome>();
        var duration = result.Duration.TotalSeconds;
        var rss = telemetry.Series("process.rss_mb");
        if (duration < 180 || rss.Count < 4)
        {
            outcomes.Add(new Outcome("RSS slope from minute 2", null, "MB/min", Text: "n/a (the run is shorter than 3 minutes)"));
            outcomes.Add(new Outcome("p95 drift (last minute / minute 2)", null, "×", Text: "n/a (the run is shorter than 3 minutes)"));
        }
        else
        {
            var late = rss.Where(p => p.Seconds >= 60).ToList();
            var slope = Trend.LeastSquaresSlope(late) * 60;
            var ratio = late[^1].Value / late[0].Value;
            var minuteTwo = result.Timeline.Latency(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120));
            var lastMinute = result.Timeline.Latency(TimeSpan.FromSeconds(duration - 60), TimeSpan.FromSeconds(duration));
            var drift = lastMinute.GetValueAtPercentile(95) / (double)Math.Max(1, minuteTwo.GetValueAtPercentile(95));
            outcomes.Add(new Outcome("RSS slope from minute 2", slope, "MB/min"));
            outcomes.Add(new Outcome("RSS end / minute 2", ratio, "×", Expected: "≤ 1.5", Holds: ratio <= 1.5));
            outcomes.Add(new Outcome("p95 drift (last minute / minute 2)", drift, "×", Expected: "≤ 2.0", Holds: drift <= 2.0));
            thresholds.Add(new ThresholdOutcome("rss end / minute 2 ≤ 1.5", ratio <= 1.5, ratio));
            thresholds.Add(new ThresholdOutcome("p95 last minute / minute 2 ≤ 2.0", drift <= 2.0, drift));
        }
        foreach (var (metric, label) in new[] { ("process.fds", "open descriptors"), ("postgres.connections", "PostgreSQL connections") })
        {
            var series = telemetry.Series(metric);
            var growing = series.Count >= 4 && Trend.MonotonicGrowth(series);
            outcomes.Add(new Outcome($"{label}: first → last", series.Count == 0 ? null : series[^1].Value - series[0].Value, "count",
                Text: series.Count == 0 ? "not sampled" : $"{series[0].Value:0} → {series[^1].Value:0}", Expected: "no monotonic growth", Holds: !growing));
            thresholds.Add(new ThresholdOutcome($"no monotonic growth of {label}", !growing, series.Count == 0 ? null : series[^1].Value));
        }
        return Task.FromResult(new ScenarioOutcomes(outcomes, [], thresholds));
    }
}
