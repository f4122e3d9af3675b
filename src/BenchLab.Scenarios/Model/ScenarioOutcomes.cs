using BenchLab.Results.Model;

namespace BenchLab.Scenarios.Model;

/// <summary>
/// What a scenario reports besides latency, anything that makes its run invalid, and lab-defined thresholds that
/// are not k6 expressions (22's RSS ratio and latency drift) — they set the exit code like any threshold.
/// </summary>
public sealed record ScenarioOutcomes(IReadOnlyList<Outcome> Outcomes, IReadOnlyList<string> InvalidReasons, IReadOnlyList<ThresholdOutcome>? Thresholds = null)
{
    public static ScenarioOutcomes None { get; } = new([], []);
}
