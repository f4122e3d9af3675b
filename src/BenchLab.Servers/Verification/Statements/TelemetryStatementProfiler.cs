using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Profiling;

namespace BenchLab.Servers.Verification.Statements;

/// <summary>
/// Verify's statement counts through the telemetry library's <see cref="RouteProfiler"/> (contract §8.6): one
/// snapshot of the server role's pg_stat_statements before the requests and one after, only data statements
/// counted (its <see cref="StatementClassifier"/> leaves out connection resets, transaction control, session
/// settings and driver catalog reads). A request's preparation runs inside the window but is verify's own work as
/// the superuser or in Redis, which the role filter never sees.
/// </summary>
public sealed class TelemetryStatementProfiler(PostgresStatistics statistics) : IStatementProfiler
{
    public async Task<StatementProfile> ProfileAsync(string route, int repetitions, Func<int, Task> prepare, Func<int, Task> request, CancellationToken cancellationToken)
    {
        var next = 0;
        var profile = await new RouteProfiler(statistics).ProfileAsync(
            route,
            async _ =>
            {
                var i = next++;
                await prepare(i);
                await request(i);
            },
            // Verify sends its own warm-up request before profiling, through the same prepare and request.
            new ProfileOptions(repetitions, WarmupRequests: 0),
            cancellationToken: cancellationToken);
        var byStatement = profile.Statements
            .Where(statement => StatementClassifier.IsCounted(statement.Kind))
            .Select(statement => new StatementCount(statement.Query, (long)Math.Round(statement.CallsPerRequest * profile.Requests), (long)Math.Round(statement.RowsPerRequest * profile.Requests)))
            .ToList();
        return new StatementProfile(route, profile.Requests, byStatement.Sum(count => count.Calls), byStatement.Sum(count => count.Rows), byStatement)
        {
            Problems = profile.Problems,
            Attempts = profile.Attempts,
        };
    }
}
