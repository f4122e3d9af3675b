using BenchLab.Results.Model;

namespace BenchLab.Results.Comparison;

/// <summary>
/// A figure read from each repetition (req/s, p95, a group's p95): the unit that comparisons and findings
/// resample. Only valid repetitions count; a scenario whose repetitions are all invalid has no values.
/// </summary>
public sealed record RepetitionMetric(string Name, bool HigherIsBetter, string Unit, Func<RepetitionResult, double?> Read)
{
    public static RepetitionMetric RequestsPerSecond { get; } = new("req/s", true, "req/s", r => r.Load.RequestsPerSecond);

    public static RepetitionMetric IterationsPerSecond { get; } = new("iterations/s", true, "iterations/s", r => r.Load.IterationsPerSecond);

    public static RepetitionMetric Median { get; } = new("median", false, "ms", r => r.Load.Latency.Med);

    public static RepetitionMetric P95 { get; } = new("p95", false, "ms", r => r.Load.Latency.P95);

    public static RepetitionMetric P99 { get; } = new("p99", false, "ms", r => r.Load.Latency.P99);

    /// <summary>group_duration p95 of one group (the figure the original's grouped scenarios published).</summary>
    public static RepetitionMetric GroupP95(string group) =>
        new($"{group} p95", false, "ms", r => r.Load.ByGroup.FirstOrDefault(g => g.Name == group)?.Trend.P95);

    /// <summary>A scenario outcome (lost updates, success rate) by its name.</summary>
    public static RepetitionMetric Outcome(string name, bool higherIsBetter) =>
        new(name, higherIsBetter, "", r => r.Outcomes.FirstOrDefault(o => o.Name == name)?.Value);

    /// <summary>The values of the valid repetitions, in repetition order (missing or non-finite values skipped).</summary>
    public IReadOnlyList<double> Values(ScenarioResult scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. ValidRepetitions(scenario).Select(Read).Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value)];
    }

    /// <summary>(repetition index, value) of the valid repetitions, for pairing two metrics of one repetition.</summary>
    public IReadOnlyDictionary<int, double> ByRepetition(ScenarioResult scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ValidRepetitions(scenario)
            .Select(r => (r.Index, Value: Read(r)))
            .Where(p => p.Value is { } v && double.IsFinite(v))
            .ToDictionary(p => p.Index, p => p.Value!.Value);
    }

    public static IEnumerable<RepetitionResult> ValidRepetitions(ScenarioResult scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Repetitions.Where(r => r.Valid && !r.Partial);
    }
}
