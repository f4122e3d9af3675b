using BenchLab.Results.Statistics;

namespace BenchLab.Results.Comparison;

/// <summary>
/// One metric of one scenario, baseline (A) against candidate (B): the medians over the repetitions, their ratio
/// B / A with a 95 % bootstrap confidence interval, the Mann–Whitney p-value, and the verdict they support.
/// </summary>
public sealed record MetricComparison(
    string Metric,
    bool HigherIsBetter,
    IReadOnlyList<double> Baseline,
    IReadOnlyList<double> Candidate,
    double Ratio,
    ConfidenceInterval? Interval,
    double? PValue,
    Verdict Verdict,
    string? Reason)
{
    /// <summary>Repetitions a side needs before a verdict is given (contract §1.5, §8.4).</summary>
    public const int MinimumRepetitions = SampleStatistics.MinimumForStability;

    public double BaselineMedian => Baseline.Count == 0 ? double.NaN : Bootstrap.Median(Baseline);

    public double CandidateMedian => Candidate.Count == 0 ? double.NaN : Bootstrap.Median(Candidate);

    /// <summary>How many times faster B is (above 1) or slower (below 1), whichever way the metric points.</summary>
    public double Speedup => HigherIsBetter ? Ratio : 1 / Ratio;

    public static MetricComparison Of(RepetitionMetric metric, IReadOnlyList<double> baseline, IReadOnlyList<double> candidate)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        if (baseline.Count == 0 || candidate.Count == 0)
        {
            return new(metric.Name, metric.HigherIsBetter, baseline, candidate, double.NaN, null, null, Verdict.NoVerdict, "no valid repetition on one side");
        }
        var ratio = Bootstrap.Median(candidate) / Bootstrap.Median(baseline);
        if (!double.IsFinite(ratio) || ratio <= 0)
        {
            return new(metric.Name, metric.HigherIsBetter, baseline, candidate, double.NaN, null, null, Verdict.NoVerdict, "a median is zero");
        }
        if (baseline.Count < MinimumRepetitions || candidate.Count < MinimumRepetitions)
        {
            return new(metric.Name, metric.HigherIsBetter, baseline, candidate, ratio, null, null, Verdict.NoVerdict,
                $"{baseline.Count} and {candidate.Count} valid repetitions; a verdict needs {MinimumRepetitions} on each side");
        }
        var interval = Bootstrap.RatioOfMedians(baseline, candidate);
        var p = RankTest.TwoSidedPValue(baseline, candidate);
        var significant = p < RankTest.SignificanceLevel && !interval.Contains(1);
        var speedup = metric.HigherIsBetter ? ratio : 1 / ratio;
        var verdict = !significant ? Verdict.NoDifference : speedup > 1 ? Verdict.Faster : Verdict.Slower;
        return new(metric.Name, metric.HigherIsBetter, baseline, candidate, ratio, interval, p, verdict, null);
    }
}
