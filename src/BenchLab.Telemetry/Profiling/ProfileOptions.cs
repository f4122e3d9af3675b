namespace BenchLab.Telemetry.Profiling;

/// <summary>How a route is profiled.</summary>
/// <param name="Requests">Sequential requests measured (the delta is divided by this).</param>
/// <param name="WarmupRequests">Requests sent first and not measured: they open the server's pooled connections, prepare
/// statements and load driver metadata (Npgsql's type loading on a new physical connection), which a warm server
/// does not repeat per request.</param>
/// <param name="Attempts">How often the requests are measured at most: a measurement that something else disturbed
/// (pg_stat_statements reset in between, the role's connections busy) is repeated with fresh requests.</param>
public sealed record ProfileOptions(int Requests = 20, int WarmupRequests = 2, int Attempts = 3)
{
    public ProfileOptions Validated()
    {
        if (Requests < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Requests), Requests, "a profile needs at least one request");
        }
        if (WarmupRequests < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WarmupRequests), WarmupRequests, "warm-up requests cannot be negative");
        }
        if (Attempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Attempts), Attempts, "a profile needs at least one attempt");
        }
        return this;
    }
}
