using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;
using BenchLab.Servers.Verification;
using BenchLab.Testing;

namespace BenchLab.Servers.Tests.Verification;

/// <summary>
/// Every <c>servers/*/server.json</c>, found rather than listed, is one test case: the server, started as a real
/// process through its manifest against a private copy of the seeded database and a private Redis, passes every
/// verify check of the scenarios it declares. A server added as a folder is verified here without touching this
/// file. <c>./benchlab test</c> has already run each manifest's requires, setup and build.
/// </summary>
public sealed class EveryServerPassesVerifyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> Servers => [.. new ServerCatalog(LabEnvironment.Layout.RepositoryRoot).Names()];

    [Fact]
    public void The_servers_folder_is_discovered_and_holds_the_reference_server()
    {
        Assert.Contains("minimal", new ServerCatalog(LabEnvironment.Layout.RepositoryRoot).Names());
    }

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task What_the_servers_setup_produces_is_git_ignored_in_its_folder(string server)
    {
        var manifest = new ServerCatalog(LabEnvironment.Layout.RepositoryRoot).Load(server);
        foreach (var output in manifest.Setup.SelectMany(step => step.Outputs))
        {
            // A path inside the output: ignored whether .gitignore names it as a folder ("node_modules/") or not.
            var path = Path.Combine(manifest.WorkingDirectory, output, "benchlab-probe");
            var ignored = await BenchLab.Infra.Processes.CommandRunner.RunAsync("git", ["check-ignore", "-q", "--no-index", path], TimeSpan.FromSeconds(30), workingDirectory: manifest.WorkingDirectory, cancellationToken: Token);
            Assert.True(ignored.ExitCode == 0, $"servers/{server}: the setup output '{output}' is not git-ignored; add it to servers/{server}/.gitignore");
        }
    }

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task The_server_passes_every_check_of_the_scenarios_it_declares(string server)
    {
        var manifest = new ServerCatalog(LabEnvironment.Layout.RepositoryRoot).Load(server);
        await using var slot = await ServerSlots.AcquireAsync(Token);
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var redis = await PrivateRedis.StartAsync(Token);
        var folder = new ServerRunFolder(Path.Combine(Path.GetTempPath(), $"benchlab-verify-{server}-{Guid.NewGuid():N}"));
        var connections = new LabConnections(database.Server, redis.Endpoint);
        VerifyReport report;
        await using (var running = await RunningServer.StartAsync(manifest, connections, folder, Token))
        {
            var target = new VerifyTarget(running.BaseUri, database.Superuser, redis.Endpoint, connections.JwtSecret, manifest.Name)
            {
                Scenarios = manifest.Scenarios,
                ServerStdout = folder.StandardOutput,
            };
            report = await Verifier.RunAsync(target, new VerifyOptions(), Token);
            var stopped = await running.StopAsync();
            Assert.True(stopped.Graceful, $"{server} {stopped}");
        }

        var failures = report.Failures.Select(failure => $"{failure.Group}: {failure.Name}: {string.Join(" | ", failure.Problems)}");
        Assert.True(report.Succeeded, $"{report.Failed} of {report.Checks.Count} checks failed (server logs in {folder.Path}):\n" + string.Join("\n", failures));
        // Every declared scenario's routes were exercised: a conformance check for each of them ran.
        var exercised = report.Checks.Select(check => check.Name).ToList();
        var missing = BenchLab.Servers.Contract.OpenApiDocument.Contract.Operations
            .Where(operation => operation.Scenarios.Any(manifest.Scenarios.Contains))
            .Where(operation => !exercised.Any(name => name.StartsWith(operation.Describe + ": its ", StringComparison.Ordinal)))
            .Select(operation => operation.Describe)
            .ToList();
        Assert.True(missing.Count == 0, $"verify never reached {string.Join(", ", missing)}");
        Directory.Delete(folder.Path, recursive: true);
    }
}
