using System.Globalization;

namespace BenchLab.Telemetry.Profiling;

/// <summary>
/// Flags the N+1 pattern from route profiles: a route whose statements per request exceed a bound (the
/// contract's Q for the route when the caller knows it, else <see cref="DefaultBound"/>), or whose statements per
/// request grow with the page size — one extra statement per item is the signature of a lazy loop.
/// </summary>
/// <param name="minimumGrowth">How many more statements per request at the largest page than at the smallest count as growth.</param>
public sealed class NPlusOneDetector(double minimumGrowth = 1.0)
{
    /// <summary>No route of the contract needs more than 3 statements per request except the deliberate N+1 (21) and the per-row bulk operations.</summary>
    public const double DefaultBound = 10;

    /// <summary>A warning when <paramref name="profile"/> needs more than <paramref name="bound"/> statements per request.</summary>
    public static NPlusOneWarning? CheckBound(RouteProfile profile, double bound = DefaultBound)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.StatementsPerRequest <= bound)
        {
            return null;
        }
        var page = profile.PageSize is { } size ? string.Create(CultureInfo.InvariantCulture, $" at page size {size}") : "";
        return new NPlusOneWarning(profile.Route, "bound", string.Create(CultureInfo.InvariantCulture,
            $"{profile.Route}: {profile.StatementsPerRequest:0.##} statements per request{page}, above the bound of {bound:0.##} — an N+1 pattern?"));
    }

    /// <summary>A warning when the statements per request grow with the page size across <paramref name="profiles"/>.</summary>
    public NPlusOneWarning? CheckGrowth(IReadOnlyList<RouteProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var sized = profiles.Where(p => p.PageSize is not null).OrderBy(p => p.PageSize).ToList();
        if (sized.Count < 2 || sized[^1].PageSize == sized[0].PageSize)
        {
            return null;
        }
        var (smallest, largest) = (sized[0], sized[^1]);
        var growth = largest.StatementsPerRequest - smallest.StatementsPerRequest;
        if (growth < minimumGrowth)
        {
            return null;
        }
        var perItem = growth / (largest.PageSize!.Value - smallest.PageSize!.Value);
        var series = string.Join(", ", sized.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.StatementsPerRequest:0.##} at {p.PageSize}")));
        return new NPlusOneWarning(largest.Route, "growth", string.Create(CultureInfo.InvariantCulture,
            $"{largest.Route}: statements per request grow with the page size ({series}; ≈ {perItem:0.##} per extra item) — N+1"));
    }

    /// <summary>Every warning for one route's page-size series: growth, and the bound at each size.</summary>
    public IReadOnlyList<NPlusOneWarning> Check(IReadOnlyList<RouteProfile> profiles, double bound = DefaultBound)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var warnings = new List<NPlusOneWarning>();
        if (CheckGrowth(profiles) is { } growth)
        {
            warnings.Add(growth);
        }
        warnings.AddRange(profiles.Select(p => CheckBound(p, bound)).OfType<NPlusOneWarning>());
        return warnings;
    }
}
