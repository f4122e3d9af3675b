using BenchLab.Infra.Postgres;
using BenchLab.Infra.Processes;
using BenchLab.Infra.Redis;
using BenchLab.Servers.Lifecycle;

namespace BenchLab.Servers.Tests.Lifecycle;

/// <summary>Build, start, readiness, stop and logs of a server process, with tests/FixtureServer standing in for a real server.</summary>
public sealed class ServerLifecycleTests : IDisposable
{
    private static readonly LabConnections Connections = new(
        new PostgresEndpoint("127.0.0.1", 5999, "benchmark", "benchmark", "benchmark"),
        new RedisEndpoint("127.0.0.1", 6999, 0));

    private readonly string _folder = Directory.CreateTempSubdirectory("benchlab-lifecycle-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_started_server_gets_the_lab_connections_on_a_free_loopback_port_and_stops_on_sigterm()
    {
        var manifest = FixtureManifest.Create(_folder, "ready");
        var runFolder = new ServerRunFolder(Path.Combine(_folder, "run"));

        StopOutcome stopped;
        await using (var server = await RunningServer.StartAsync(manifest, Connections, runFolder, Token))
        {
            using var http = new HttpClient { BaseAddress = server.BaseUri };
            Assert.Equal("127.0.0.1", server.BaseUri.Host);
            Assert.Equal(Connections.ServerDatabase.ToUri(), await http.GetStringAsync("env/DATABASE_URL", Token));
            Assert.Equal("redis://127.0.0.1:6999/0", await http.GetStringAsync("env/REDIS_URL", Token));
            Assert.Equal("fixture", await http.GetStringAsync("env/SERVER_NAME", Token));
            Assert.Equal(server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), await http.GetStringAsync("env/PORT", Token));
            // The lab's superuser connection never reaches a server under test.
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("env/BENCHLAB_PG", Token)).StatusCode);
            Assert.Equal(server.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture), await File.ReadAllTextAsync(runFolder.PidFile, Token));
            stopped = await server.StopAsync();
            Assert.False(ProcessProbe.IsAlive(server.Pid));
        }

        Assert.True(stopped.Graceful, stopped.ToString());
        Assert.Equal(0, stopped.ExitCode);
        var stdout = await File.ReadAllTextAsync(runFolder.StandardOutput, Token);
        Assert.Contains("fixture-server starting in mode ready", stdout, StringComparison.Ordinal);
        Assert.Contains("fixture-server stopping", stdout, StringComparison.Ordinal);
        Assert.Contains("fixture-server stderr line", await File.ReadAllTextAsync(runFolder.StandardError, Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_gets_ready_is_stopped_and_the_error_says_what_it_answered()
    {
        // Long enough for the fixture to start listening even on a busy machine, so that its 503 is what it last said.
        var manifest = FixtureManifest.Create(_folder, "never-ready", readinessSeconds: 10);
        var runFolder = new ServerRunFolder(Path.Combine(_folder, "run"));

        var error = await Assert.ThrowsAsync<ServerException>(() => RunningServer.StartAsync(manifest, Connections, runFolder, Token));

        Assert.Contains("fixture did not answer GET /health with 200 within 10 s (last answer: 503)", error.Message, StringComparison.Ordinal);
        Assert.Contains(runFolder.Path, error.Message, StringComparison.Ordinal);
        var pid = int.Parse(await File.ReadAllTextAsync(runFolder.PidFile, Token), System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(ProcessProbe.IsAlive(pid), "the server was left running after the readiness timeout");
    }

    [Fact]
    public async Task A_server_that_exits_at_start_reports_its_exit_code_and_stderr()
    {
        var manifest = FixtureManifest.Create(_folder, "exit-early");
        var runFolder = new ServerRunFolder(Path.Combine(_folder, "run"));

        var error = await Assert.ThrowsAsync<ServerException>(() => RunningServer.StartAsync(manifest, Connections, runFolder, Token));

        Assert.Contains("fixture exited with code 3 before answering GET /health", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot start: FIXTURE_MODE=exit-early", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_does_not_stop_after_sigterm_is_killed_after_the_stop_timeout()
    {
        var manifest = FixtureManifest.Create(_folder, "hang-on-stop", stopSeconds: 1);
        var runFolder = new ServerRunFolder(Path.Combine(_folder, "run"));
        await using var server = await RunningServer.StartAsync(manifest, Connections, runFolder, Token);

        var stopped = await server.StopAsync();

        Assert.False(stopped.Graceful);
        Assert.Equal("did not stop within 1 s of SIGTERM and was killed", stopped.ToString());
        Assert.False(ProcessProbe.IsAlive(server.Pid));
        Assert.Same(stopped, await server.StopAsync());
    }

    [Fact]
    public async Task A_build_runs_in_the_working_directory_and_keeps_its_log()
    {
        var manifest = FixtureManifest.Create(_folder, "ready", build: """["sh", "-c", "echo compiled > built.txt; echo building fine"]""");
        var runFolder = new ServerRunFolder(Path.Combine(_folder, "run"));

        await ServerBuilder.BuildAsync(manifest, runFolder, Token);

        Assert.Equal("compiled\n", await File.ReadAllTextAsync(Path.Combine(manifest.WorkingDirectory, "built.txt"), Token));
        Assert.Contains("building fine", await File.ReadAllTextAsync(runFolder.BuildLog, Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_reports_the_exit_code_and_the_last_lines_of_its_log()
    {
        var manifest = FixtureManifest.Create(_folder, "ready", build: """["sh", "-c", "echo compiling; echo 'Program.cs(3,1): error CS1002: ; expected' >&2; exit 1"]""");
        var runFolder = new ServerRunFolder(Path.Combine(_folder, "run"));

        var error = await Assert.ThrowsAsync<ServerException>(() => ServerBuilder.BuildAsync(manifest, runFolder, Token));

        Assert.Contains("building fixture (sh -c", error.Message, StringComparison.Ordinal);
        Assert.Contains("failed with exit code 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("error CS1002", error.Message, StringComparison.Ordinal);
        Assert.Contains(runFolder.BuildLog, error.Message, StringComparison.Ordinal);
    }
}
