using System.Diagnostics;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// Makes a server ready to start: its <c>requires</c> checked (and installed as root), its <c>setup</c> steps run
/// where due, its <c>build</c> run — each in its working directory, with the output kept in the run folder's build.log.
/// </summary>
public static class ServerBuilder
{
    /// <summary>Requirements, then setup, then build; returns how long it all took.</summary>
    public static async Task<TimeSpan> PrepareAsync(ServerManifest manifest, string stateDirectory, ServerRunFolder folder, Action<string> log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var clock = Stopwatch.StartNew();
        await RequirementCheck.EnsureAsync(manifest, log, cancellationToken);
        await SetupRunner.RunAsync(manifest, stateDirectory, folder, log, cancellationToken);
        await BuildAsync(manifest, folder, cancellationToken);
        return clock.Elapsed;
    }

    /// <summary>Builds the server; returns how long it took, or throws <see cref="ServerException"/> with the log's last lines.</summary>
    public static async Task<TimeSpan> BuildAsync(ServerManifest manifest, ServerRunFolder folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.Build is null)
        {
            return TimeSpan.Zero;
        }
        var clock = Stopwatch.StartNew();
        await RunToEndAsync(manifest, manifest.Build, "building", folder, cancellationToken);
        return clock.Elapsed;
    }

    /// <summary>Runs one preparation command to its end within its timeout; a failure names the server, the command and the log.</summary>
    internal static async Task RunToEndAsync(ServerManifest manifest, ServerCommand command, string doing, ServerRunFolder folder, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        using var process = LoggedProcess.Start(command.Words, manifest.WorkingDirectory, environment, folder.BuildLog, folder.BuildLog);
        bool finished;
        try
        {
            finished = await process.WaitForExitAsync(command.Timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
        if (!finished)
        {
            process.Kill();
            await process.FlushLogsAsync();
            throw new ServerException($"{doing} {manifest.Name} ({command}) did not finish within {command.Timeout.TotalSeconds:0} s; log: {folder.BuildLog}");
        }
        await process.FlushLogsAsync();
        if (process.ExitCode != 0)
        {
            throw new ServerException($"{doing} {manifest.Name} ({command}) failed with exit code {process.ExitCode}: {ServerRunFolder.Tail(folder.BuildLog)} (log: {folder.BuildLog})");
        }
    }
}
