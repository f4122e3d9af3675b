using System.Diagnostics;
using System.Globalization;
using BenchLab.Infra.Processes;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// A server under test running as a child process on a free loopback port, with the lab's connection URIs in its
/// environment and its stdout/stderr kept in the run folder. Ready once its readiness path answered 200; stopped
/// with SIGTERM, and killed when it outlives the manifest's stop timeout.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly LoggedProcess _process;
    private StopOutcome? _stopped;

    private RunningServer(ServerManifest manifest, ServerRunFolder folder, LoggedProcess process, int port)
    {
        Manifest = manifest;
        Folder = folder;
        _process = process;
        Port = port;
        BaseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    public ServerManifest Manifest { get; }

    public ServerRunFolder Folder { get; }

    public int Port { get; }

    public Uri BaseUri { get; }

    public int Pid => _process.Pid;

    public bool HasExited => _process.HasExited;

    /// <summary>How long it took from start until the readiness path answered 200.</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>
    /// Starts the server and waits for readiness. Throws <see cref="ServerException"/> when it exits first or is
    /// not ready in time (then it has been stopped, and its output is in the run folder).
    /// </summary>
    public static async Task<RunningServer> StartAsync(ServerManifest manifest, LabConnections connections, ServerRunFolder folder, CancellationToken cancellationToken = default)
    {
        var port = FreePort.Find();
        var process = LoggedProcess.Start(manifest.Start.Words, manifest.WorkingDirectory, connections.EnvironmentFor(manifest, port), folder.StandardOutput, folder.StandardError);
        await File.WriteAllTextAsync(folder.PidFile, process.Pid.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var server = new RunningServer(manifest, folder, process, port);
        try
        {
            await server.WaitUntilReadyAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.StopAsync();
            throw;
        }
    }

    /// <summary>SIGTERM, then a kill if the process outlives <see cref="ServerManifest.StopTimeout"/>. Idempotent.</summary>
    public async Task<StopOutcome> StopAsync()
    {
        if (_stopped is not null)
        {
            return _stopped;
        }
        var clock = Stopwatch.StartNew();
        if (_process.HasExited)
        {
            await _process.FlushLogsAsync();
            return _stopped = new StopOutcome(Graceful: true, _process.ExitCode, TimeSpan.Zero, HadAlreadyExited: true);
        }
        await CommandRunner.RunAsync("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5));
        var graceful = await _process.WaitForExitAsync(Manifest.StopTimeout);
        if (!graceful)
        {
            _process.Kill();
            await _process.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }
        await _process.FlushLogsAsync();
        return _stopped = new StopOutcome(graceful, graceful ? _process.ExitCode : null, graceful ? clock.Elapsed : Manifest.StopTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(2) };
        var lastAnswer = "no answer yet";
        while (true)
        {
            if (_process.HasExited)
            {
                await _process.FlushLogsAsync();
                throw new ServerException(
                    $"{Manifest.Name} exited with code {_process.ExitCode} before answering GET {Manifest.ReadinessPath}; "
                    + $"last lines of its stderr: {ServerRunFolder.Tail(Folder.StandardError)}; stdout: {ServerRunFolder.Tail(Folder.StandardOutput)} (logs in {Folder.Path})");
            }
            if (clock.Elapsed > Manifest.ReadinessTimeout)
            {
                throw new ServerException(
                    $"{Manifest.Name} did not answer GET {Manifest.ReadinessPath} with 200 within {Manifest.ReadinessTimeout.TotalSeconds:0} s ({lastAnswer}); "
                    + $"it was stopped; its output is in {Folder.Path}");
            }
            try
            {
                using var response = await http.GetAsync(Manifest.ReadinessPath.TrimStart('/'), cancellationToken);
                if (response.StatusCode == System.Net.HttpStatusCode.OK)
                {
                    ReadyAfter = clock.Elapsed;
                    return;
                }
                lastAnswer = $"last answer: {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                lastAnswer = $"last attempt: {e.HttpRequestError switch { HttpRequestError.ConnectionError => "connection refused", _ => e.Message }}";
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastAnswer = "last attempt timed out after 2 s";
            }
            await Task.Delay(100, cancellationToken);
        }
    }
}
