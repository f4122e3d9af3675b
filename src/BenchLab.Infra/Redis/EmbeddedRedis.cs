using System.Globalization;
using System.Text.RegularExpressions;
using BenchLab.Infra.Instances;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Prerequisites;
using BenchLab.Infra.Processes;

namespace BenchLab.Infra.Redis;

/// <summary>
/// A redis-server the lab owns: loopback, a free port, no persistence (no RDB snapshots, no AOF), daemonised so
/// that it outlives <c>infra up</c>; pid and port recorded under <c>.benchlab/</c>.
/// </summary>
public sealed partial class EmbeddedRedis(InstanceLayout layout, Action<string> log)
{
    private const string ProgramName = "redis-server";
    private readonly InstanceStateFile _stateFile = new(layout.RedisStateFile);

    public static RedisEndpoint EndpointFor(int port) => new("127.0.0.1", port);

    public InstanceState? Live()
    {
        var state = _stateFile.ReadLive(out var removedStale);
        if (removedStale)
        {
            log($"removed a stale Redis pid file ({_stateFile.Path}): its process is gone");
        }
        return state;
    }

    public async Task<(InstanceState State, bool Reused)> StartAsync(CancellationToken cancellationToken = default)
    {
        var live = Live();
        if (live is not null)
        {
            if (await RedisProbe.PingAsync("127.0.0.1", live.Port, cancellationToken))
            {
                return (live, true);
            }
            log($"Redis pid {live.Pid} does not answer on port {live.Port}; restarting it");
            await StopAsync(cancellationToken);
        }

        var binaries = await Prerequisite.RedisAsync(log, cancellationToken);
        Directory.CreateDirectory(layout.RedisDirectory);
        var pidFile = Path.Combine(layout.RedisDirectory, "redis.pid");
        var logFile = Path.Combine(layout.RedisDirectory, "redis.log");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            File.Delete(pidFile);
            var port = FreePort.Find();
            var result = await CommandRunner.RunAsync(
                binaries.Server,
                ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--protected-mode", "yes",
                 "--save", "", "--appendonly", "no", "--daemonize", "yes", "--pidfile", pidFile, "--logfile", logFile, "--dir", layout.RedisDirectory],
                TimeSpan.FromSeconds(30),
                cancellationToken: cancellationToken);
            if (!result.Succeeded)
            {
                throw new InfraException($"redis-server did not start: {result.Diagnostics} (log: {logFile})");
            }
            try
            {
                await RedisProbe.WaitUntilReadyAsync("127.0.0.1", port, TimeSpan.FromSeconds(15), cancellationToken);
            }
            catch (InfraException) when (attempt < 3)
            {
                // The port was taken between the probe and the bind; try another.
                continue;
            }
            var pid = int.Parse((await File.ReadAllTextAsync(pidFile, cancellationToken)).Trim(), CultureInfo.InvariantCulture);
            var version = await ReadVersionAsync(binaries, cancellationToken);
            var state = new InstanceState(pid, port, ProgramName, version, layout.RedisDirectory, logFile, DateTimeOffset.UtcNow);
            _stateFile.Write(state);
            log($"Redis {version} started on 127.0.0.1:{port} (pid {pid})");
            return (state, false);
        }
        throw new InfraException($"redis-server did not answer on any port it was given (log: {logFile})");
    }

    public async Task<bool> StopAsync(CancellationToken cancellationToken = default)
    {
        var state = Live();
        if (state is null)
        {
            return false;
        }
        await ProcessTerminator.StopAsync(state.Pid, ProgramName, TimeSpan.FromSeconds(15), cancellationToken);
        _stateFile.Delete();
        return true;
    }

    private static async Task<string> ReadVersionAsync(RedisBinaries binaries, CancellationToken cancellationToken)
    {
        var result = await CommandRunner.RunAsync(binaries.Server, ["--version"], TimeSpan.FromSeconds(10), cancellationToken: cancellationToken);
        var match = VersionPattern().Match(result.StandardOutput);
        return match.Success ? match.Groups[1].Value : "unknown";
    }

    [GeneratedRegex(@"v=(\S+)")]
    private static partial Regex VersionPattern();
}
