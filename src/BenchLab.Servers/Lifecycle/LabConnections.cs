using BenchLab.Infra.Postgres;
using BenchLab.Infra.Redis;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// What the lab hands a server: where its database and Redis are (as the contract's URIs), its name, the JWT
/// secret and the pool size. The database login is the <c>benchmark</c> role, never the lab's superuser.
/// </summary>
public sealed record LabConnections(
    PostgresEndpoint ServerDatabase,
    RedisEndpoint Redis,
    string JwtSecret = LabVariables.DefaultJwtSecret,
    int DbPoolMax = LabVariables.DefaultDbPoolMax,
    string? ServerName = null)
{
    /// <summary>The value of one lab variable for <paramref name="manifest"/>.</summary>
    public string ValueOf(string variable, ServerManifest manifest) => variable switch
    {
        LabVariables.DatabaseUrl => ServerDatabase.ToUri(),
        LabVariables.RedisUrl => Redis.ToUri(),
        LabVariables.ServerName => ServerName ?? manifest.Name,
        LabVariables.JwtSecret => JwtSecret,
        LabVariables.DbPoolMax => DbPoolMax.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(variable), variable, "not a lab variable"),
    };

    /// <summary>
    /// The whole environment for a start: the manifest's fixed variables, the lab variables it asked for, and the
    /// port. Lab values win, so a manifest can never point a server at another database.
    /// </summary>
    public IReadOnlyDictionary<string, string> EnvironmentFor(ServerManifest manifest, int port)
    {
        var environment = new Dictionary<string, string>(manifest.FixedEnvironment, StringComparer.Ordinal);
        foreach (var variable in manifest.LabVariables)
        {
            environment[variable] = ValueOf(variable, manifest);
        }
        // contract §9.8: the process count a server declares, unless a variant already set it.
        if (manifest.Processes is { } processes)
        {
            environment.TryAdd(LabVariables.Processes, processes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        environment[manifest.PortVariable] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return environment;
    }
}
