using BenchLab.Results.Model;

namespace BenchLab.Results.Comparison;

/// <summary>
/// One scenario measured on both sides: throughput and latency (the verdict's evidence) and each group's p95
/// (detail, with verdicts of their own). The scenario's verdict agrees with every significant headline metric;
/// significant metrics that disagree make it <see cref="Verdict.Mixed"/>.
/// </summary>
public sealed record ScenarioComparison(
    string Id,
    string Name,
    int BaselineRepetitions,
    int CandidateRepetitions,
    IReadOnlyList<MetricComparison> Metrics,
    IReadOnlyList<MetricComparison> Groups,
    Verdict Verdict,
    IReadOnlyList<string> Notes)
{
    public static IReadOnlyList<RepetitionMetric> Headline { get; } = [RepetitionMetric.RequestsPerSecond, RepetitionMetric.P95, RepetitionMetric.P99];

    public static ScenarioComparison Of(ScenarioResult baseline, ScenarioResult candidate)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        var metrics = Headline.Select(m => MetricComparison.Of(m, m.Values(baseline), m.Values(candidate))).ToList();
        var groups = baseline.Repetitions.SelectMany(r => r.Load.ByGroup).Select(g => g.Name).Distinct()
            .Where(name => candidate.Repetitions.Any(r => r.Load.ByGroup.Any(g => g.Name == name)))
            .Select(RepetitionMetric.GroupP95)
            .Select(m => MetricComparison.Of(m, m.Values(baseline), m.Values(candidate)))
            .ToList();
        var notes = new List<string>();
        AddExcluded(notes, "A", baseline);
        AddExcluded(notes, "B", candidate);
        if (Math.Abs(baseline.DurationSeconds - candidate.DurationSeconds) > 0.5)
        {
            notes.Add($"measured durations differ: {baseline.DurationSeconds:0.#} s against {candidate.DurationSeconds:0.#} s");
        }
        return new ScenarioComparison(baseline.Id, baseline.Name,
            RepetitionMetric.ValidRepetitions(baseline).Count(), RepetitionMetric.ValidRepetitions(candidate).Count(),
            metrics, groups, Combine(metrics), notes);
    }

    private static Verdict Combine(IReadOnlyList<MetricComparison> metrics)
    {
        if (metrics.Any(m => m.Verdict == Verdict.NoVerdict))
        {
            return Verdict.NoVerdict;
        }
        var faster = metrics.Any(m => m.Verdict == Verdict.Faster);
        var slower = metrics.Any(m => m.Verdict == Verdict.Slower);
        return faster && slower ? Verdict.Mixed : faster ? Verdict.Faster : slower ? Verdict.Slower : Verdict.NoDifference;
    }

    private static void AddExcluded(List<string> notes, string side, ScenarioResult scenario)
    {
        var excluded = scenario.Repetitions.Count - RepetitionMetric.ValidRepetitions(scenario).Count();
        if (excluded > 0)
        {
            notes.Add($"{side}: {excluded} of {scenario.Repetitions.Count} repetitions left out (invalid or partial)");
        }
    }
}
