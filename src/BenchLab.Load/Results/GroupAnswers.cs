using System.Globalization;
using BenchLab.Load.Http;

namespace BenchLab.Load.Results;

/// <summary>
/// What the server answered in one group, by status class and error — so a failed check says whether the server
/// answered 409, 500 or nothing at all, instead of leaving the reader to rerun the scenario to find out.
/// </summary>
public static class GroupAnswers
{
    public static string Describe(LoadResult result, string group)
    {
        ArgumentNullException.ThrowIfNull(result);
        var series = result.Series.Where(s => s.Key.Group == group).ToList();
        var parts = series.Where(s => s.StatusClass > 0)
            .GroupBy(s => s.StatusClassName)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ×{g.Sum(s => s.Count):N0}"))
            .Concat(series.SelectMany(s => s.Errors)
                .Where(e => e.Key != RequestError.None && e.Value > 0)
                .GroupBy(e => e.Key)
                .OrderBy(g => g.Key)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ×{g.Sum(e => e.Value):N0}")))
            .ToList();
        // The open model records interrupted requests in the series (error Interrupted, above); the closed model
        // keeps them beside the series, per run only.
        if (!result.OpenModel && result.InterruptedRequests > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"interrupted at the end ×{result.InterruptedRequests:N0} (whole run)"));
        }
        return parts.Count == 0 ? "no answers recorded" : string.Join(", ", parts);
    }
}
