using BenchLab.Results.Model;

namespace BenchLab.Results.Statistics;

/// <summary>Throughput and latency of a scenario across its valid repetitions, with their spread.</summary>
public sealed record ScenarioStatistics(
    SampleStatistics RequestsPerSecond,
    SampleStatistics Median,
    SampleStatistics P95,
    SampleStatistics P99,
    SampleStatistics Average,
    double ErrorRate,
    int ValidRepetitions,
    int Repetitions)
{
    public bool Unstable => RequestsPerSecond.Unstable || P95.Unstable;

    public static ScenarioStatistics Of(ScenarioResult scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var valid = scenario.Repetitions.Where(r => r.Valid).ToList();
        var used = valid.Count > 0 ? valid : [.. scenario.Repetitions];
        var requests = used.Sum(r => r.Load.Requests);
        return new ScenarioStatistics(
            SampleStatistics.Of([.. used.Select(r => r.Load.RequestsPerSecond)]),
            SampleStatistics.Of([.. used.Select(r => r.Load.Latency.Med)]),
            SampleStatistics.Of([.. used.Select(r => r.Load.Latency.P95)]),
            SampleStatistics.Of([.. used.Select(r => r.Load.Latency.P99)]),
            SampleStatistics.Of([.. used.Select(r => r.Load.Latency.Avg)]),
            requests == 0 ? 0 : used.Sum(r => r.Load.FailedRequests) / (double)requests,
            valid.Count,
            scenario.Repetitions.Count);
    }

    /// <summary>p95 of one group across the valid repetitions (median of the repetitions' p95s).</summary>
    public static SampleStatistics GroupP95(ScenarioResult scenario, string group)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var valid = scenario.Repetitions.Where(r => r.Valid).ToList();
        var used = valid.Count > 0 ? valid : [.. scenario.Repetitions];
        return SampleStatistics.Of([.. used.SelectMany(r => r.Load.ByGroup.Where(g => g.Name == group).Select(g => g.Trend.P95))]);
    }
}
