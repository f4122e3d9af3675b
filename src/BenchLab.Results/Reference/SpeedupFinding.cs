using System.Globalization;
using BenchLab.Results.Comparison;
using BenchLab.Results.Statistics;

namespace BenchLab.Results.Reference;

/// <summary>
/// "X is faster than Y" (a direction) or "X is about N× faster than Y" (a size): the speed-up of
/// <paramref name="fast"/> over <paramref name="slow"/> — latency slow ÷ fast, throughput fast ÷ slow. Two
/// metrics of one scenario are paired by repetition (the median of per-repetition ratios, so that a slow
/// repetition slows both); metrics of two scenarios are independent samples (the ratio of their medians).
/// A claim of size holds within a factor of <see cref="SizeTolerance"/> of the original's ratio.
/// </summary>
public sealed class SpeedupFinding(
    string claim,
    string original,
    (string Scenario, RepetitionMetric Metric) fast,
    (string Scenario, RepetitionMetric Metric) slow,
    double originalSpeedup,
    bool claimsSize)
    : OriginalFinding(claim, fast.Scenario == slow.Scenario ? fast.Scenario : $"{slow.Scenario}, {fast.Scenario}", original)
{
    public const double SizeTolerance = 2;

    public double OriginalSpeedup { get; } = originalSpeedup;

    public override FindingResult Evaluate(LatestMeasurements measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var fastScenario = measurements.Scenario(fast.Scenario);
        var slowScenario = measurements.Scenario(slow.Scenario);
        if (fastScenario is null || slowScenario is null)
        {
            return NotMeasured(string.Join(", ", new[] { (slow.Scenario, slowScenario), (fast.Scenario, fastScenario) }.Where(p => p.Item2 is null).Select(p => p.Item1).Distinct()));
        }
        var higherIsBetter = fast.Metric.HigherIsBetter;
        double estimate;
        ConfidenceInterval? interval = null;
        int count;
        string basis;
        if (fast.Scenario == slow.Scenario)
        {
            var fastValues = fast.Metric.ByRepetition(fastScenario);
            var slowValues = slow.Metric.ByRepetition(slowScenario);
            var ratios = fastValues.Keys.Intersect(slowValues.Keys).Order()
                .Select(i => higherIsBetter ? fastValues[i] / slowValues[i] : slowValues[i] / fastValues[i])
                .Where(double.IsFinite).ToList();
            if (ratios.Count == 0)
            {
                return NotMeasured($"no valid repetition of {fast.Scenario} with both groups");
            }
            count = ratios.Count;
            estimate = Bootstrap.Median(ratios);
            interval = count >= MinimumRepetitions ? Bootstrap.MedianOfRatios(ratios) : null;
            basis = $"median of {count} per-repetition ratio{(count == 1 ? "" : "s")}";
        }
        else
        {
            var fastValues = fast.Metric.Values(fastScenario);
            var slowValues = slow.Metric.Values(slowScenario);
            if (fastValues.Count == 0 || slowValues.Count == 0)
            {
                return NotMeasured("no valid repetition");
            }
            count = Math.Min(fastValues.Count, slowValues.Count);
            var (baseline, candidate) = higherIsBetter ? (slowValues, fastValues) : (fastValues, slowValues);
            estimate = Bootstrap.Median(candidate) / Bootstrap.Median(baseline);
            interval = count >= MinimumRepetitions ? Bootstrap.RatioOfMedians(baseline, candidate) : null;
            basis = $"ratio of medians over {slowValues.Count} and {fastValues.Count} repetitions";
        }
        var ours = Times(estimate) + (interval is null ? "" : $" (95 % CI {Times(interval.Lower)}–{Times(interval.Upper)})");
        return new FindingResult(Claim, Scenarios, Original, ours, estimate, interval, Status(estimate, interval), interval is null, basis);
    }

    private FindingStatus Status(double estimate, ConfidenceInterval? interval)
    {
        if (interval is not null && interval.Contains(1))
        {
            return FindingStatus.Inconclusive;
        }
        if (estimate <= 1)
        {
            return FindingStatus.Contradicted;
        }
        if (!claimsSize)
        {
            return FindingStatus.Holds;
        }
        return estimate >= OriginalSpeedup / SizeTolerance && estimate <= OriginalSpeedup * SizeTolerance ? FindingStatus.Holds : FindingStatus.Refined;
    }

    private static string Times(double value) => value.ToString(value >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture) + "×";
}
