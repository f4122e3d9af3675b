namespace BenchLab.Servers.Verification.Statements;

/// <summary>
/// Counts the statements the server under test issues for one route (contract §1.4, §8.6): only the server
/// role's data statements in its database, without connection-reset statements and transaction control.
/// Verify depends on this interface only; <see cref="TelemetryStatementProfiler"/> implements it with the telemetry
/// library's route profiler, and tests may pass another.
/// </summary>
public interface IStatementProfiler
{
    /// <summary>
    /// Runs <paramref name="request"/> <paramref name="repetitions"/> times, one at a time; before each, runs
    /// <paramref name="prepare"/> (its own work, e.g. creating the row a DELETE removes, is not counted). A
    /// measurement that something else disturbed may be taken again with fresh requests, so the index passed to
    /// both keeps growing past <paramref name="repetitions"/>: callbacks must accept any index.
    /// </summary>
    Task<StatementProfile> ProfileAsync(string route, int repetitions, Func<int, Task> prepare, Func<int, Task> request, CancellationToken cancellationToken);
}
