using System.Diagnostics;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Lifecycle;

/// <summary>Runs a manifest's build command in its working directory, its output kept in the run folder's build.log.</summary>
public static class ServerBuilder
{
    /// <summary>Builds the server; returns how long it took, or throws <see cref="ServerException"/> with the log's last lines.</summary>
    public static async Task<TimeSpan> BuildAsync(ServerManifest manifest, ServerRunFolder folder, CancellationToken cancellationToken = default)
    {
        if (manifest.Build is null)
        {
            return TimeSpan.Zero;
        }
        var clock = Stopwatch.StartNew();
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        using var process = LoggedProcess.Start(manifest.Build.Words, manifest.WorkingDirectory, environment, folder.BuildLog, folder.BuildLog);
        bool finished;
        try
        {
            finished = await process.WaitForExitAsync(manifest.Build.Timeout, cancellationToken);
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
            throw new ServerException($"building {manifest.Name} ({manifest.Build}) did not finish within {manifest.Build.Timeout.TotalSeconds:0} s; log: {folder.BuildLog}");
        }
        await process.FlushLogsAsync();
        if (process.ExitCode != 0)
        {
            throw new ServerException($"building {manifest.Name} ({manifest.Build}) failed with exit code {process.ExitCode}: {ServerRunFolder.Tail(folder.BuildLog)} (log: {folder.BuildLog})");
        }
        return clock.Elapsed;
    }
}
