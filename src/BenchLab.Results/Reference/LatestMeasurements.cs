using BenchLab.Results.Model;

namespace BenchLab.Results.Reference;

/// <summary>
/// The measurement of each scenario that a reference table quotes, for one server label across several runs
/// (categories are often measured in separate runs): full mode before any other, then the newest.
/// </summary>
public sealed class LatestMeasurements
{
    private readonly Dictionary<string, (RunResult Run, ScenarioResult Scenario)> _byId = [];

    public LatestMeasurements(string label, IEnumerable<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        Label = label;
        var ordered = runs.Where(r => r.Server.Label == label)
            .OrderBy(r => r.Mode == "full" ? 0 : 1)
            .ThenByDescending(r => r.StartedAt);
        foreach (var run in ordered)
        {
            foreach (var scenario in run.Scenarios.Where(s => s.Repetitions.Count > 0))
            {
                _byId.TryAdd(scenario.Id, (run, scenario));
            }
        }
    }

    public string Label { get; }

    public ScenarioResult? Scenario(string id) => _byId.TryGetValue(id, out var found) ? found.Scenario : null;

    public RunResult? RunOf(string id) => _byId.TryGetValue(id, out var found) ? found.Run : null;

    /// <summary>One label per server (and variant) among the runs, in the order first seen.</summary>
    public static IReadOnlyList<LatestMeasurements> PerLabel(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return [.. runs.Select(r => r.Server.Label).Distinct().Select(label => new LatestMeasurements(label, runs))];
    }
}
