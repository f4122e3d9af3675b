using BenchLab.Load.Results;

namespace BenchLab.Scenarios.Common;

/// <summary>Counts and percentiles read back from a run's series, for scenarios' outcomes.</summary>
public static class SeriesCounts
{
    /// <summary>Responses of one request name in one status class (2 = 2xx, 4 = 4xx, …).</summary>
    public static long Responses(LoadResult result, string name, int statusClass)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Series.Where(s => s.Key.Name == name && s.StatusClass == statusClass).Sum(s => s.Count);
    }

    public static long Requests(LoadResult result, string name)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Series.Where(s => s.Key.Name == name).Sum(s => s.Count);
    }

    /// <summary>p95 (ms) of a group's duration; NaN when the group never ran.</summary>
    public static double GroupP95(LoadResult result, string group)
    {
        ArgumentNullException.ThrowIfNull(result);
        var histogram = result.GroupDuration(group);
        return histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(95) / 1000.0;
    }

    /// <summary>p95 (ms) of the requests carrying a tag value (e.g. phase=op) in a group.</summary>
    public static double TaggedP95(LoadResult result, string group, string tag)
    {
        ArgumentNullException.ThrowIfNull(result);
        var histogram = result.LatencyHistogram(s => s.Key.Group.EndsWith(group, StringComparison.Ordinal) && s.Key.Tags.Contains(tag, StringComparison.Ordinal));
        return histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(95) / 1000.0;
    }
}
