using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;
using BenchLab.Servers.Verification;
using BenchLab.Testing;

namespace BenchLab.Servers.Tests.Verification;

/// <summary>
/// The acceptance test of issue 6: servers/minimal, started as a real process through its manifest against a
/// private copy of the seeded database and a private Redis, passes every verify check.
/// </summary>
public sealed class VerifyMinimalServerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_minimal_server_passes_every_check()
    {
        var manifest = new ServerCatalog(LabEnvironment.Layout.RepositoryRoot).Load("minimal");
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var redis = await PrivateRedis.StartAsync(Token);
        var folder = new ServerRunFolder(Path.Combine(Path.GetTempPath(), $"benchlab-verify-minimal-{Guid.NewGuid():N}"));
        var connections = new LabConnections(database.Server, redis.Endpoint);
        VerifyReport report;
        // ./benchlab test has built the solution (servers/minimal with it) in Release: start what it built.
        await using (var server = await RunningServer.StartAsync(manifest, connections, folder, Token))
        {
            var target = new VerifyTarget(server.BaseUri, database.Superuser, redis.Endpoint, connections.JwtSecret, manifest.Name)
            {
                Scenarios = manifest.Scenarios,
                ServerStdout = folder.StandardOutput,
            };
            report = await Verifier.RunAsync(target, new VerifyOptions(), Token);
            var stopped = await server.StopAsync();
            Assert.True(stopped.Graceful, $"minimal {stopped}");
        }

        var failures = report.Failures.Select(failure => $"{failure.Group}: {failure.Name}: {string.Join(" | ", failure.Problems)}");
        Assert.True(report.Succeeded, $"{report.Failed} of {report.Checks.Count} checks failed (server logs in {folder.Path}):\n" + string.Join("\n", failures));
        Assert.True(report.Checks.Count > 300, $"only {report.Checks.Count} checks ran");
        Directory.Delete(folder.Path, recursive: true);
    }
}
