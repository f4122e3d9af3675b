namespace BenchLab.Results.Statistics;

/// <summary>A two-sided confidence interval [Lower, Upper] at <see cref="Level"/> (0.95 for 95 %).</summary>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level)
{
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
