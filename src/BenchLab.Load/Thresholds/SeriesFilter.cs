using BenchLab.Load.Metrics;

namespace BenchLab.Load.Thresholds;

/// <summary>Matches a tag filter of a threshold against a request series: group (with or without k6's leading
/// "::"), name, status class (2xx), and any extra tag.</summary>
public static class SeriesFilter
{
    public static bool Matches(IReadOnlyDictionary<string, string> filter, SeriesKey key, int? statusClass = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(key);
        foreach (var (tag, value) in filter)
        {
            var matches = tag switch
            {
                "group" => NormalizeGroup(value) == key.Group,
                "name" => value == key.Name,
                "status" => statusClass is { } c && StatusClass.Name(c) == value,
                _ => key.TagMap.TryGetValue(tag, out var actual) && actual == value,
            };
            if (!matches)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Flow" and "::Flow" both mean the top-level group Flow; "" is the root.</summary>
    public static string NormalizeGroup(string group) => group.Length == 0 || group.StartsWith("::", StringComparison.Ordinal) ? group : "::" + group;
}
