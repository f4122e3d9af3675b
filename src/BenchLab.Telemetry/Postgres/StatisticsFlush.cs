namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// The outcome of waiting for the server role's backends to publish their cumulative statistics
/// (pg_stat_database, pg_statio_*). pg_stat_statements needs no wait: it is updated as each statement ends.
/// </summary>
/// <param name="Flushed">True when every backend had exited or been idle long enough.</param>
/// <param name="Outcome">What was seen, in words (for results and warnings).</param>
/// <param name="WaitedSeconds">How long the wait took.</param>
/// <param name="Backends">The role's backends still connected at the end.</param>
public sealed record StatisticsFlush(bool Flushed, string Outcome, double WaitedSeconds, int Backends)
{
    /// <summary>
    /// An idle backend publishes pending statistics within 10 s (PGSTAT_IDLE_INTERVAL); contract §4 (23)
    /// asks for 11 s to be safe.
    /// </summary>
    public const double IdleSeconds = 11;
}
