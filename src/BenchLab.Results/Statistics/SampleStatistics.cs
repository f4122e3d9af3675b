namespace BenchLab.Results.Statistics;

/// <summary>Mean, standard deviation (n − 1), median and coefficient of variation of repeated measurements.</summary>
public sealed record SampleStatistics(int Count, double Mean, double StandardDeviation, double Median, double Min, double Max)
{
    /// <summary>Repetitions below which no CV or verdict is reported (contract §1.5, §8.4).</summary>
    public const int MinimumForStability = 5;

    /// <summary>CV above which a result is flagged unstable (contract §8.1).</summary>
    public const double UnstableCoefficientOfVariation = 0.05;

    /// <summary>σ / mean; null with fewer than <see cref="MinimumForStability"/> values.</summary>
    public double? CoefficientOfVariation => Count >= MinimumForStability && Mean != 0 ? StandardDeviation / Mean : null;

    public bool Unstable => CoefficientOfVariation > UnstableCoefficientOfVariation;

    public static SampleStatistics Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var finite = values.Where(double.IsFinite).Order().ToList();
        if (finite.Count == 0)
        {
            return new SampleStatistics(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var mean = finite.Average();
        var deviation = finite.Count > 1 ? Math.Sqrt(finite.Sum(v => (v - mean) * (v - mean)) / (finite.Count - 1)) : 0;
        var median = finite.Count % 2 == 1 ? finite[finite.Count / 2] : (finite[(finite.Count / 2) - 1] + finite[finite.Count / 2]) / 2;
        return new SampleStatistics(finite.Count, mean, deviation, median, finite[0], finite[^1]);
    }
}
