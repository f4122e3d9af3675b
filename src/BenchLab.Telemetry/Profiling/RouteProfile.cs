using BenchLab.Telemetry.Postgres;

namespace BenchLab.Telemetry.Profiling;

/// <summary>
/// A route's database work per request, measured alone (contract §8.6): data statements and rows per
/// request (the contract's Q), what was excluded per request (transaction control, resets, settings, catalog
/// reads), Redis commands per request (the contract's R) when Redis was observed, and each statement shape.
/// </summary>
/// <param name="PageSize">The page size the requests asked for, when the profile is one of a page-size series.</param>
/// <param name="Problems">What makes the figures doubtful: other work running, entries evicted, a non-whole count.</param>
public sealed record RouteProfile(
    string Route,
    int? PageSize,
    int Requests,
    double StatementsPerRequest,
    double RowsPerRequest,
    IReadOnlyDictionary<StatementKind, double> ExcludedPerRequest,
    double? RedisCommandsPerRequest,
    IReadOnlyDictionary<string, double>? RedisCommandsByName,
    IReadOnlyList<ProfiledStatement> Statements,
    double Seconds,
    IReadOnlyList<string> Problems)
{
    /// <summary>Measurements it took: more than one when something disturbed the first (see <see cref="ProfileOptions.Attempts"/>).</summary>
    public int Attempts { get; init; } = 1;
}
