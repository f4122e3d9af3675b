using System.Diagnostics;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Redis;

namespace BenchLab.Telemetry.Profiling;

/// <summary>
/// Measures a route's statements and rows per request (contract §8.6). pg_stat_statements cannot tell which
/// request issued a statement while several routes run, so a route is profiled alone: warm-up requests, a
/// snapshot, N requests one after another (each awaited), a second snapshot, the delta divided by N. How a
/// request is sent is the caller's business (verify and the runner pass their HTTP call): telemetry knows
/// nothing of HTTP.
/// </summary>
public sealed class RouteProfiler(PostgresStatistics postgres, RedisStatistics? redis = null)
{
    /// <param name="route">The route's name as reports show it, e.g. <c>GET /n-plus-one/lazy</c>.</param>
    /// <param name="sendRequest">Sends one request and completes when its response has been read.</param>
    public async Task<RouteProfile> ProfileAsync(string route, Func<CancellationToken, Task> sendRequest, ProfileOptions? options = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sendRequest);
        options = (options ?? new ProfileOptions()).Validated();
        for (var i = 0; i < options.WarmupRequests; i++)
        {
            await sendRequest(cancellationToken);
        }
        // Something else resetting pg_stat_statements or using the role's connections spoils one measurement
        // but not the next (a lab reset, another profile finishing): measure again rather than report it.
        for (var attempt = 1; ; attempt++)
        {
            var (profile, disturbed) = await MeasureAsync(route, sendRequest, options.Requests, pageSize, cancellationToken);
            if (!disturbed || attempt == options.Attempts)
            {
                return profile with { Attempts = attempt };
            }
        }
    }

    private async Task<(RouteProfile Profile, bool Disturbed)> MeasureAsync(string route, Func<CancellationToken, Task> sendRequest, int requests, int? pageSize, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var busy = await CheckAloneAsync(problems, "before", cancellationToken);
        var statementsBefore = await postgres.StatementsAsync(cancellationToken);
        var redisBefore = redis is null ? null : await redis.SnapshotAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            await sendRequest(cancellationToken);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var statementsAfter = await postgres.StatementsAsync(cancellationToken);
        var redisAfter = redis is null ? null : await redis.SnapshotAsync(cancellationToken);
        busy |= await CheckAloneAsync(problems, "after", cancellationToken);

        var delta = StatementDelta.Between(statementsBefore, statementsAfter);
        problems.AddRange(delta.Problems);
        double n = requests;
        var perRequest = delta.DataStatements / n;
        if (Math.Abs(perRequest - Math.Round(perRequest)) > 1e-9)
        {
            problems.Add($"{perRequest:0.###} data statements per request is not a whole number: the route's work varies between requests, or something else ran");
        }
        var redisDelta = redisBefore is null || redisAfter is null ? null : RedisDelta.Between(redisBefore, redisAfter);
        var profile = new RouteProfile(
            route,
            pageSize,
            requests,
            perRequest,
            delta.DataRows / n,
            delta.Excluded.ToDictionary(e => e.Key, e => e.Value / n),
            redisDelta is null ? null : redisDelta.Commands / n,
            redisDelta?.CommandCalls.ToDictionary(c => c.Key, c => c.Value / n),
            [.. delta.Entries.Select(e => new ProfiledStatement(e.QueryId, e.Query, e.Kind, e.Calls / n, e.Rows / n, e.MeanExecMilliseconds))],
            seconds,
            problems);
        return (profile, busy || delta.WasReset);
    }

    /// <summary>
    /// Profiles a paged route at several page sizes (e.g. 5, 10, 20), so that <see cref="NPlusOneDetector"/> can
    /// tell statements that grow with the page (N+1) from a fixed count.
    /// </summary>
    public async Task<IReadOnlyList<RouteProfile>> ProfilePageSizesAsync(string route, Func<int, CancellationToken, Task> sendRequest, IReadOnlyList<int> pageSizes, ProfileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pageSizes);
        var profiles = new List<RouteProfile>();
        foreach (var size in pageSizes)
        {
            profiles.Add(await ProfileAsync(route, ct => sendRequest(size, ct), options, size, cancellationToken));
        }
        return profiles;
    }

    /// <summary>A profile is only right when nothing else runs: the role's backends must all be idle.</summary>
    private async Task<bool> CheckAloneAsync(List<string> problems, string when, CancellationToken cancellationToken)
    {
        var connections = await postgres.ConnectionsAsync(cancellationToken);
        if (connections.InUse > 0)
        {
            problems.Add($"{connections.InUse} {postgres.Role} connection(s) were busy {when} the profile: other work may be counted");
            return true;
        }
        return false;
    }
}
