namespace BenchLab.Results.Statistics;

/// <summary>
/// Percentile bootstrap confidence intervals over repetitions. The generator is seeded, so the same result files
/// always give the same interval (a report regenerated from JSON must not change its verdicts).
/// </summary>
public static class Bootstrap
{
    public const int DefaultResamples = 10_000;
    public const double DefaultLevel = 0.95;
    private const int Seed = 20260101;

    /// <summary>
    /// The ratio median(candidate) / median(baseline) for two independent samples (two servers, two variants):
    /// each side is resampled with replacement on its own.
    /// </summary>
    public static ConfidenceInterval RatioOfMedians(IReadOnlyList<double> baseline, IReadOnlyList<double> candidate, double level = DefaultLevel, int resamples = DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        Require(baseline.Count > 0 && candidate.Count > 0, "both samples need values");
        var random = new Random(Seed);
        var ratios = new double[resamples];
        var a = new double[baseline.Count];
        var b = new double[candidate.Count];
        for (var i = 0; i < resamples; i++)
        {
            Resample(baseline, a, random);
            Resample(candidate, b, random);
            ratios[i] = MedianInPlace(b) / MedianInPlace(a);
        }
        return Percentiles(ratios, level);
    }

    /// <summary>
    /// The median of per-repetition ratios for paired values (two groups measured in the same repetition, such as
    /// OFFSET and cursor pagination): pairs are resampled together, so the repetition's conditions cancel out.
    /// </summary>
    public static ConfidenceInterval MedianOfRatios(IReadOnlyList<double> ratios, double level = DefaultLevel, int resamples = DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        Require(ratios.Count > 0, "the sample needs values");
        var random = new Random(Seed);
        var medians = new double[resamples];
        var buffer = new double[ratios.Count];
        for (var i = 0; i < resamples; i++)
        {
            Resample(ratios, buffer, random);
            medians[i] = MedianInPlace(buffer);
        }
        return Percentiles(medians, level);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Require(values.Count > 0, "the sample needs values");
        return MedianInPlace([.. values]);
    }

    private static void Resample(IReadOnlyList<double> from, double[] into, Random random)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = from[random.Next(from.Count)];
        }
    }

    private static double MedianInPlace(double[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static ConfidenceInterval Percentiles(double[] estimates, double level)
    {
        Array.Sort(estimates);
        var tail = (1 - level) / 2;
        return new ConfidenceInterval(Quantile(estimates, tail), Quantile(estimates, 1 - tail), level);
    }

    /// <summary>Linear interpolation between order statistics (type 7, as R and NumPy default to).</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
