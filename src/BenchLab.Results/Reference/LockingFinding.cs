using System.Globalization;
using BenchLab.Results.Comparison;

namespace BenchLab.Results.Reference;

/// <summary>
/// Scenario 13's outcomes for one locking method: either that every request succeeded with no lost update
/// (<paramref name="exact"/>, the pessimistic lock), or that updates were lost (no lock).
/// </summary>
public sealed class LockingFinding(string claim, string original, string method, bool exact) : OriginalFinding(claim, "13", original)
{
    public override FindingResult Evaluate(LatestMeasurements measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var scenario = measurements.Scenario("13");
        if (scenario is null)
        {
            return NotMeasured("13");
        }
        var successRates = RepetitionMetric.Outcome($"{method}: success rate", true).ByRepetition(scenario);
        var lost = RepetitionMetric.Outcome($"{method}: lost updates", false).ByRepetition(scenario);
        var successes = RepetitionMetric.Outcome($"{method}: successes", true).ByRepetition(scenario);
        var indices = successRates.Keys.Intersect(lost.Keys).Intersect(successes.Keys).Order().ToList();
        if (indices.Count == 0)
        {
            return NotMeasured($"13 has no {method} outcomes");
        }
        var n = indices.Count;
        var indicative = n < MinimumRepetitions;
        var basis = $"{n} valid repetition{(n == 1 ? "" : "s")}";
        if (exact)
        {
            var perfect = indices.Count(i => successRates[i] >= 1 && lost[i] == 0);
            var ours = $"success {Percent(indices.Min(i => successRates[i]))}–{Percent(indices.Max(i => successRates[i]))}, lost updates {indices.Max(i => lost[i]):0} at most; exact in {perfect} of {n}";
            return new FindingResult(Claim, Scenarios, Original, ours, perfect / (double)n, null, perfect == n ? FindingStatus.Holds : FindingStatus.Contradicted, indicative, basis);
        }
        var shares = indices.Select(i => successes[i] == 0 ? 0 : lost[i] / successes[i]).Order().ToList();
        var median = shares[shares.Count / 2];
        var lossy = shares.Count(s => s > 0);
        var text = $"{Percent(median)} of successful decrements lost (median), losses in {lossy} of {n} repetitions";
        return new FindingResult(Claim, Scenarios, Original, text, median, null, lossy == n ? FindingStatus.Holds : lossy == 0 ? FindingStatus.Contradicted : FindingStatus.Inconclusive, indicative, basis);
    }

    private static string Percent(double ratio) => (ratio * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
