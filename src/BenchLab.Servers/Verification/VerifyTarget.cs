using BenchLab.Infra.Postgres;
using BenchLab.Infra.Redis;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Verification;

/// <summary>
/// What verify checks and what it may look at: the server's base URL, the server's database (reached as the lab's
/// superuser, for expected values, statement counts and cleanup), the server's Redis, the JWT secret the server
/// was given, the SERVER_NAME it should echo, and the scenarios it claims to implement.
/// </summary>
public sealed record VerifyTarget(
    Uri BaseUri,
    PostgresEndpoint SuperuserInServerDatabase,
    RedisEndpoint Redis,
    string JwtSecret = LabVariables.DefaultJwtSecret,
    string? ServerName = null)
{
    /// <summary>The scenario ids whose routes are checked; all of contract §4 unless a manifest says fewer.</summary>
    public IReadOnlySet<string> Scenarios { get; init; } = ContractScenarios.All.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every scenario the server implements, when only some are checked (the runner verifies one scenario's routes
    /// before it): which methods a path allows depends on all of them, not only on the checked ones.
    /// </summary>
    public IReadOnlySet<string>? Implemented { get; init; }

    /// <summary>
    /// The file the server's stdout goes to, when the lab started it: then verify also checks the logging rules
    /// (§1.4: the /protected access log, and no other per-request logging). Unknown for <c>--url</c>.
    /// </summary>
    public string? ServerStdout { get; init; }
}
