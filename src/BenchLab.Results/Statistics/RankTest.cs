using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace BenchLab.Results.Statistics;

/// <summary>
/// The Mann–Whitney U test (Perfolizer) between two sets of repetitions: distribution-free, so a noisy
/// repetition cannot drag a verdict the way it drags a mean. With 5 repetitions per side the smallest possible
/// two-sided p-value is 2/252 ≈ 0.008, which is why 5 is the minimum for a verdict (contract §1.5).
/// </summary>
public static class RankTest
{
    public const double SignificanceLevel = 0.05;

    /// <summary>Two-sided p-value that both samples come from the same distribution.</summary>
    public static double TwoSidedPValue(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            throw new ArgumentException("both samples need values");
        }
        var result = MannWhitneyTest.Instance.Perform(new Sample([.. a]), new Sample([.. b]), AlternativeHypothesis.TwoSides, Threshold.Zero);
        return result.PValue.Value;
    }
}
