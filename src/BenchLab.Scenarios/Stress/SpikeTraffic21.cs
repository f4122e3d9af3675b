using BenchLab.Load;
using BenchLab.Load.Executors;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Stress;

/// <summary>
/// 21: 08's mix through a spike — 10 VUs, 100 for a minute, back to 10 — with every request tagged by phase, and
/// how long after the spike the rolling 5 s p95 needs to come back within 1.2 × the calm p95.
/// </summary>
public sealed class SpikeTraffic21 : Scenario
{
    private SpikePhases _phases = new(1);

    public override string Id => "21";

    public override string Slug => "spike-traffic";

    public override ScenarioCategory Category => ScenarioCategory.Stress;

    public override string Shows => "A 10× spike of the mixed load: latency during the peak and the time to recover after it.";

    public override IReadOnlyList<string> Thresholds => ["http_req_failed: rate<0.01"];

    public override ResetPlan Resets => new(LabReset.Users, LabReset.Users, LabReset.Users);

    public override bool Supports(RunMode mode) => mode != RunMode.Quick;

    public override ScenarioTiming Timing(RunMode mode)
    {
        _phases = new SpikePhases(mode == RunMode.Smoke ? 12.0 / 170 : 1);
        var basis = ScenarioTiming.For(mode, basic: false);
        return basis with { Duration = _phases.Total };
    }

    public override ExecutorConfig Executor(ScenarioTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        return new RampingVus(10, [.. _phases.Phases().Select(p => new Stage(p.End - p.Start, p.TargetVus))]) { GracefulStop = timing.GracefulStop };
    }

    public override ValueTask IterationAsync(VuContext vu)
    {
        ArgumentNullException.ThrowIfNull(vu);
        return MixedRequests.SendOneAsync(vu, _phases.PhaseAt(vu.Elapsed));
    }

    public override Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcomes = new List<Outcome>();
        double prePercentile95 = double.NaN;
        foreach (var (phase, start, end, _) in _phases.Phases())
        {
            var tag = "phase=" + phase;
            var latency = result.LatencyHistogram(s => s.Key.Tags.Contains(tag, StringComparison.Ordinal));
            var failed = result.Series.Where(s => s.Key.Tags.Contains(tag, StringComparison.Ordinal)).Sum(s => s.Failed);
            var seconds = (end - start).TotalSeconds;
            var p95 = Percentile(latency, 95);
            if (phase == "pre")
            {
                prePercentile95 = p95;
            }
            outcomes.Add(new Outcome($"{phase}: req/s", latency.TotalCount / seconds, "1/s"));
            outcomes.Add(new Outcome($"{phase}: p50", Percentile(latency, 50), "ms"));
            outcomes.Add(new Outcome($"{phase}: p95", p95, "ms"));
            outcomes.Add(new Outcome($"{phase}: p99", Percentile(latency, 99), "ms"));
            outcomes.Add(new Outcome($"{phase}: error rate", latency.TotalCount == 0 ? null : failed / (double)latency.TotalCount, "ratio"));
        }
        outcomes.Add(RecoveryTime(result, prePercentile95));
        return Task.FromResult(new ScenarioOutcomes(outcomes, []));
    }

    /// <summary>Seconds after the ramp-down until the rolling 5 s p95 is within 1.2 × the pre-spike p95.</summary>
    private Outcome RecoveryTime(LoadResult result, double prePercentile95)
    {
        var rampDownEnd = _phases.End("ramp-down").TotalSeconds;
        var limit = 1.2 * prePercentile95;
        var window = TimeSpan.FromSeconds(Math.Max(1, 5 * _phases.Scale));
        var recovered = result.Timeline.Rolling(window, 95).FirstOrDefault(p => p.EndSecond >= rampDownEnd && p.Milliseconds <= limit);
        return recovered == default
            ? new Outcome("recovery time", null, "s", Text: "not recovered", Expected: $"rolling p95 ≤ {limit:0.##} ms (1.2 × pre)", Holds: false)
            : new Outcome("recovery time", Math.Max(0, recovered.EndSecond - rampDownEnd), "s", Expected: $"rolling p95 ≤ {limit:0.##} ms (1.2 × pre)", Holds: true);
    }

    private static double Percentile(HdrHistogram.HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(percentile) / 1000.0;
}
