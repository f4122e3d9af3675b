using System.Globalization;
using BenchLab.Results.Statistics;

namespace BenchLab.Results.Export;

/// <summary>How figures are written in reports: invariant culture, sensible precision, spreads where known.</summary>
public static class Numbers
{
    public static string Rate(double value) => double.IsFinite(value) ? value.ToString(value >= 100 ? "N0" : "N1", CultureInfo.InvariantCulture) : "–";

    public static string Ms(double value) => double.IsFinite(value) ? value.ToString(value >= 100 ? "0.#" : value >= 1 ? "0.##" : "0.###", CultureInfo.InvariantCulture) : "–";

    public static string Percent(double? value) => value is { } v && double.IsFinite(v) ? (v * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %" : "–";

    public static string Ratio(double value) => double.IsFinite(value) && value > 0 ? value.ToString(value >= 10 ? "0.#" : "0.##", CultureInfo.InvariantCulture) + "×" : "–";

    public static string Value(double? value) => value is { } v && double.IsFinite(v) ? v.ToString(Math.Abs(v) >= 1000 ? "N0" : "0.###", CultureInfo.InvariantCulture) : "–";

    /// <summary>"12,345 ± 210 (CV 1.7 %)" with enough repetitions, "12,345 ± 210" with two to four, "12,345" with one.</summary>
    public static string WithSpread(SampleStatistics statistics, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(format);
        if (statistics.Count == 0)
        {
            return "–";
        }
        if (statistics.Count == 1)
        {
            return format(statistics.Mean);
        }
        var text = $"{format(statistics.Mean)} ± {format(statistics.StandardDeviation)}";
        if (statistics.CoefficientOfVariation is { } cv)
        {
            text += $" (CV {(cv * 100).ToString("0.#", CultureInfo.InvariantCulture)} %{(statistics.Unstable ? ", unstable" : "")})";
        }
        return text;
    }
}
