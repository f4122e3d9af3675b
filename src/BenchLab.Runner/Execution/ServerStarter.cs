using BenchLab.Runner.Lab;
using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;

namespace BenchLab.Runner.Execution;

/// <summary>
/// Starts a server variant with the lab's connections: variant switches that are lab variables (DB_POOL_MAX,
/// JWT_SECRET, SERVER_NAME) go through the lab's connections, any other switch into the server's environment;
/// under a pinned placement the start command runs inside taskset.
/// </summary>
public sealed class ServerStarter(LabSession lab)
{
    public async Task<(RunningServer Server, LabConnections Connections)> StartAsync(ServerVariant variant, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var manifest = variant.Manifest;
        var environment = new Dictionary<string, string>(manifest.FixedEnvironment, StringComparer.Ordinal);
        var poolMax = LabVariables.DefaultDbPoolMax;
        var jwtSecret = LabVariables.DefaultJwtSecret;
        string? serverName = null;
        foreach (var (key, value) in variant.VariantEnvironment)
        {
            switch (key)
            {
                case LabVariables.DbPoolMax:
                    poolMax = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case LabVariables.JwtSecret:
                    jwtSecret = value;
                    break;
                case LabVariables.ServerName:
                    serverName = value;
                    break;
                default:
                    environment[key] = value;
                    break;
            }
        }
        var adjusted = manifest with
        {
            FixedEnvironment = environment,
            Start = manifest.Start with { Words = lab.Pinning.WrapServerStart(manifest.Start.Words) },
        };
        var connections = new LabConnections(lab.Endpoints.ServerDatabase, lab.Endpoints.Redis, jwtSecret, poolMax, serverName);
        return (await RunningServer.StartAsync(adjusted, connections, new ServerRunFolder(folder), cancellationToken), connections);
    }
}
