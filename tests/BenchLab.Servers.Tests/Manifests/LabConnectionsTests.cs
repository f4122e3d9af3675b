using BenchLab.Infra.Postgres;
using BenchLab.Infra.Redis;
using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Tests.Manifests;

/// <summary>The environment a server gets: the lab variables it asked for (as URIs), its fixed ones, its port — nothing else of the lab's.</summary>
public sealed class LabConnectionsTests
{
    private static readonly LabConnections Connections = new(
        new PostgresEndpoint("127.0.0.1", 5433, "benchmark", "p@ss", "bench_db"),
        new RedisEndpoint("127.0.0.1", 6380, 0),
        DbPoolMax: 7);

    [Fact]
    public void Lab_variables_are_the_contracts_uris_and_the_port_is_the_manifests_variable()
    {
        var manifest = Manifest(["DATABASE_URL", "REDIS_URL", "SERVER_NAME", "JWT_SECRET", "DB_POOL_MAX"], new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" });

        var environment = Connections.EnvironmentFor(manifest, 41234);

        Assert.Equal("postgresql://benchmark:p%40ss@127.0.0.1:5433/bench_db", environment["DATABASE_URL"]);
        Assert.Equal("redis://127.0.0.1:6380/0", environment["REDIS_URL"]);
        Assert.Equal("demo", environment["SERVER_NAME"]);
        Assert.Equal(LabVariables.DefaultJwtSecret, environment["JWT_SECRET"]);
        Assert.Equal("7", environment["DB_POOL_MAX"]);
        Assert.Equal("41234", environment["HTTP_PORT"]);
        Assert.Equal("0", environment["DOTNET_gcServer"]);
        Assert.Equal(7, environment.Count);
    }

    [Fact]
    public void Only_the_lab_variables_a_manifest_lists_are_passed()
    {
        var environment = Connections.EnvironmentFor(Manifest(["REDIS_URL"], new Dictionary<string, string>()), 8000);

        Assert.Equal(["HTTP_PORT", "REDIS_URL"], environment.Keys.Order());
    }

    private static ServerManifest Manifest(IReadOnlyList<string> lab, IReadOnlyDictionary<string, string> fixedEnvironment) => new()
    {
        Name = "demo",
        Description = "",
        ManifestPath = "/tmp/servers/demo/server.json",
        WorkingDirectory = "/tmp",
        Start = new ServerCommand(["demo"], Timeout.InfiniteTimeSpan),
        StopTimeout = TimeSpan.FromSeconds(1),
        PortVariable = "HTTP_PORT",
        LabVariables = lab,
        FixedEnvironment = fixedEnvironment,
        ReadinessPath = "/health",
        ReadinessTimeout = TimeSpan.FromSeconds(1),
        Scenarios = new HashSet<string> { "01" },
    };
}
