namespace BenchLab.Scenarios.Stress;

/// <summary>The leak signals of scenario 22: a least-squares slope and strictly monotonic growth.</summary>
public static class Trend
{
    /// <summary>Slope (value per second) of the least-squares line through the points; 0 with fewer than two.</summary>
    public static double LeastSquaresSlope(IReadOnlyList<(double Seconds, double Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            return 0;
        }
        var meanX = points.Average(p => p.Seconds);
        var meanY = points.Average(p => p.Value);
        var numerator = points.Sum(p => (p.Seconds - meanX) * (p.Value - meanY));
        var denominator = points.Sum(p => (p.Seconds - meanX) * (p.Seconds - meanX));
        return denominator == 0 ? 0 : numerator / denominator;
    }

    /// <summary>True when every sample is above the one before: steady growth, not noise around a level.</summary>
    public static bool MonotonicGrowth(IReadOnlyList<(double Seconds, double Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Value <= points[i - 1].Value)
            {
                return false;
            }
        }
        return points.Count > 1;
    }
}
