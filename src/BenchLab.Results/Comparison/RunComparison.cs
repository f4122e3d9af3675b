using BenchLab.Results.Model;

namespace BenchLab.Results.Comparison;

/// <summary>
/// `./benchlab compare A B`: every scenario both results measured, compared; plus what makes the comparison
/// weaker than it looks (different placement, machine, mode) said up front, as contract §8.1 asks.
/// </summary>
public sealed record RunComparison(
    RunResult Baseline,
    RunResult Candidate,
    IReadOnlyList<ScenarioComparison> Scenarios,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> OnlyInBaseline,
    IReadOnlyList<string> OnlyInCandidate)
{
    public static RunComparison Of(RunResult baseline, RunResult candidate)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        var measuredA = baseline.Scenarios.Where(s => s.Repetitions.Count > 0).ToList();
        var measuredB = candidate.Scenarios.Where(s => s.Repetitions.Count > 0).ToList();
        var both = measuredA.Where(a => measuredB.Any(b => b.Id == a.Id)).ToList();
        var scenarios = both.Select(a => ScenarioComparison.Of(a, measuredB.First(b => b.Id == a.Id))).ToList();
        return new RunComparison(baseline, candidate, scenarios, WarningsFor(baseline, candidate),
            [.. measuredA.Where(a => both.All(x => x.Id != a.Id)).Select(a => a.Name)],
            [.. measuredB.Where(b => both.All(x => x.Id != b.Id)).Select(b => b.Name)]);
    }

    private static List<string> WarningsFor(RunResult a, RunResult b)
    {
        var warnings = new List<string>();
        if (a.Environment.Placement != b.Environment.Placement)
        {
            warnings.Add($"different placements ({a.Environment.Placement} against {b.Environment.Placement}): the difference may be the placement's, not the servers'");
        }
        if (a.Environment.CpuModel != b.Environment.CpuModel || a.Environment.Cores != b.Environment.Cores)
        {
            warnings.Add($"different machines ({a.Environment.CpuModel}, {a.Environment.Cores} cores against {b.Environment.CpuModel}, {b.Environment.Cores} cores)");
        }
        if (a.Mode != b.Mode)
        {
            warnings.Add($"different modes ({a.Mode} against {b.Mode}): durations and repetitions differ");
        }
        if (a.Partial || b.Partial)
        {
            warnings.Add("a partial run takes part: only what it measured is compared");
        }
        if (a.RunId == b.RunId && a.Server.Label == b.Server.Label)
        {
            warnings.Add("A and B are the same result");
        }
        return warnings;
    }
}
