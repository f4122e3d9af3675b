using HdrHistogram;

namespace BenchLab.Reports.Records;

/// <summary>
/// The latency at each percentile, on HdrHistogram's usual axis: x = −log10(1 − p), so 90 %, 99 %, 99.9 % are
/// evenly spaced and the tail gets the room it deserves. The axis stops where the sample runs out (1/count).
/// </summary>
public static class PercentileSpectrum
{
    private const double Step = 0.05;
    private const double MaxNines = 5;

    public static IReadOnlyList<(double Nines, double Ms)> Of(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (histogram.TotalCount == 0)
        {
            return [];
        }
        var limit = Math.Min(MaxNines, Math.Log10(histogram.TotalCount));
        var points = new List<(double, double)>();
        for (var nines = 0.0; nines <= limit + 1e-9; nines += Step)
        {
            var percentile = 100 * (1 - Math.Pow(10, -nines));
            points.Add((nines, histogram.GetValueAtPercentile(percentile) / 1000.0));
        }
        points.Add((limit + Step, histogram.GetMaxValue() / 1000.0));
        return points;
    }

    /// <summary>Tick positions and labels for the x axis up to <paramref name="nines"/>: 0 %, 50 %, 90 %, 99 %, …</summary>
    public static (double[] Positions, string[] Labels) Ticks(double nines)
    {
        string[] decades = ["90 %", "99 %", "99.9 %", "99.99 %", "99.999 %"];
        var positions = new List<double> { 0, Math.Log10(2) };
        var labels = new List<string> { "0 %", "50 %" };
        for (var i = 0; i < decades.Length && i + 1 <= nines + 1e-9; i++)
        {
            positions.Add(i + 1);
            labels.Add(decades[i]);
        }
        return ([.. positions], [.. labels]);
    }
}
