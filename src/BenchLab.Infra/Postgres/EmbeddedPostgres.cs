using System.Globalization;
using BenchLab.Infra.Instances;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Prerequisites;
using BenchLab.Infra.Processes;

namespace BenchLab.Infra.Postgres;

/// <summary>
/// A PostgreSQL cluster the lab owns: initdb on first use, start on a free loopback port as the unprivileged
/// service account, reuse when already running, stop on request. It survives the CLI (pg_ctl detaches it), so
/// <c>infra up</c> returns while the server keeps running; its pid and port are recorded under <c>.benchlab/</c>.
/// </summary>
public sealed class EmbeddedPostgres(InstanceLayout layout, ServiceAccount account, Action<string> log)
{
    public const string Superuser = "postgres";
    public const string SuperuserPassword = "benchlab";
    private const string ProgramName = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly InstanceStateFile _stateFile = new(layout.PostgresStateFile);

    public static PostgresEndpoint EndpointFor(int port) => new("127.0.0.1", port, Superuser, SuperuserPassword, "postgres");

    /// <summary>The running server's state, or null; removes a stale pid file on the way.</summary>
    public InstanceState? Live()
    {
        var state = _stateFile.ReadLive(out var removedStale);
        if (removedStale)
        {
            log($"removed a stale PostgreSQL pid file ({_stateFile.Path}): its process is gone");
        }
        return state;
    }

    public async Task<(InstanceState State, bool Reused)> StartAsync(CancellationToken cancellationToken = default)
    {
        var live = Live();
        if (live is not null)
        {
            if (await PostgresProbe.TryServerVersionAsync(EndpointFor(live.Port), cancellationToken) is not null)
            {
                return (live, true);
            }
            log($"PostgreSQL pid {live.Pid} does not answer on port {live.Port}; restarting it");
            await StopAsync(cancellationToken);
        }

        var binaries = await Prerequisite.PostgresAsync(log, cancellationToken);
        if (!File.Exists(Path.Combine(layout.PostgresDataDirectory, "PG_VERSION")))
        {
            await InitAsync(binaries, cancellationToken);
        }
        else if (await AdoptRunningAsync(cancellationToken) is { } adopted)
        {
            return (adopted, true);
        }

        var state = await StartServerAsync(binaries, null, cancellationToken);
        _stateFile.Write(state);
        return (state, false);
    }

    /// <summary>
    /// Fast shutdown and start on the same port (scenario 23's cold start: shared buffers empty afterwards); the
    /// connection strings handed out before stay valid.
    /// </summary>
    public async Task<InstanceState> RestartAsync(CancellationToken cancellationToken = default)
    {
        var live = Live() ?? throw new InfraException("PostgreSQL is not running, so it cannot be restarted; run ./benchlab infra up");
        var binaries = await Prerequisite.PostgresAsync(log, cancellationToken);
        var stop = await account.RunAsync(binaries.PgCtl, ["stop", "-D", layout.PostgresDataDirectory, "-m", "fast", "-w", "-t", "60"], TimeSpan.FromSeconds(75), cancellationToken);
        if (!stop.Succeeded)
        {
            throw new InfraException($"PostgreSQL did not stop for the restart: {stop.Diagnostics}");
        }
        _stateFile.Delete();
        var state = await StartServerAsync(binaries, live.Port, cancellationToken);
        _stateFile.Write(state);
        return state;
    }

    /// <summary>Stops the server if it runs. Returns false when there was nothing to stop.</summary>
    public async Task<bool> StopAsync(CancellationToken cancellationToken = default)
    {
        var state = Live();
        var postmaster = ReadPostmasterPid();
        if (state is null && postmaster is null)
        {
            return false;
        }
        var pid = state?.Pid ?? postmaster!.Value.Pid;
        var binaries = PostgresBinaries.Locate();
        if (binaries is not null)
        {
            await account.RunAsync(binaries.PgCtl, ["stop", "-D", layout.PostgresDataDirectory, "-m", "fast", "-w", "-t", "60"], TimeSpan.FromSeconds(75), cancellationToken);
        }
        // pg_ctl may be gone or the data folder removed under a running server: fall back to signals.
        await ProcessTerminator.StopAsync(pid, ProgramName, TimeSpan.FromSeconds(30), cancellationToken);
        _stateFile.Delete();
        return true;
    }

    private async Task InitAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        log($"initialising a PostgreSQL {binaries.MajorVersion} cluster in {layout.PostgresDataDirectory}");
        if (Directory.Exists(layout.PostgresDataDirectory))
        {
            Directory.Delete(layout.PostgresDataDirectory, recursive: true);
        }
        var passwordFile = Path.Combine(layout.PostgresRoot, "superuser.pw");
        await File.WriteAllTextAsync(passwordFile, SuperuserPassword + "\n", cancellationToken);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await account.TakeOwnershipAsync(passwordFile, cancellationToken);
        try
        {
            var result = await account.RunAsync(
                binaries.InitDb,
                ["-D", layout.PostgresDataDirectory, "-U", Superuser, $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C",
                 "--auth-local=trust", "--auth-host=scram-sha-256", "--no-instructions"],
                TimeSpan.FromMinutes(3),
                cancellationToken);
            if (!result.Succeeded)
            {
                throw new InfraException($"initdb failed in {layout.PostgresDataDirectory}: {result.Diagnostics}");
            }
        }
        catch
        {
            if (Directory.Exists(layout.PostgresDataDirectory))
            {
                Directory.Delete(layout.PostgresDataDirectory, recursive: true);
            }
            throw;
        }
        finally
        {
            File.Delete(passwordFile);
        }
        await File.AppendAllTextAsync(Path.Combine(layout.PostgresDataDirectory, "postgresql.conf"), PostgresServerConfig.ConfigurationBlock(), cancellationToken);
    }

    /// <summary>A server runs in our data folder but its pid file under .benchlab/ was lost: take it over.</summary>
    private async Task<InstanceState?> AdoptRunningAsync(CancellationToken cancellationToken)
    {
        var postmaster = ReadPostmasterPid();
        if (postmaster is not { } found)
        {
            return null;
        }
        if (!ProcessProbe.Runs(found.Pid, ProgramName))
        {
            // Left by a server that was killed: PostgreSQL would refuse to start if the pid were reused meanwhile.
            File.Delete(Path.Combine(layout.PostgresDataDirectory, "postmaster.pid"));
            log($"removed a stale postmaster.pid (pid {found.Pid} is gone)");
            return null;
        }
        var version = await PostgresProbe.WaitUntilReadyAsync(EndpointFor(found.Port), TimeSpan.FromSeconds(30), cancellationToken);
        var state = new InstanceState(found.Pid, found.Port, ProgramName, version, layout.PostgresDataDirectory, layout.PostgresLogFile, DateTimeOffset.UtcNow);
        _stateFile.Write(state);
        return state;
    }

    private async Task<InstanceState> StartServerAsync(PostgresBinaries binaries, int? preferredPort, CancellationToken cancellationToken)
    {
        CommandResult? result = null;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // A restart keeps its port unless something else took it meanwhile.
            var port = attempt == 1 && preferredPort is { } kept ? kept : FreePort.Find();
            result = await account.RunAsync(
                binaries.PgCtl,
                ["start", "-D", layout.PostgresDataDirectory, "-l", layout.PostgresLogFile, "-w", "-t", "60", "-o", $"-p {port}"],
                StartTimeout,
                cancellationToken);
            if (result.Succeeded && ReadPostmasterPid() is { } started)
            {
                var version = await PostgresProbe.WaitUntilReadyAsync(EndpointFor(port), TimeSpan.FromSeconds(60), cancellationToken);
                log($"PostgreSQL {version} started on 127.0.0.1:{port} (pid {started.Pid}, data {layout.PostgresDataDirectory})");
                return new InstanceState(started.Pid, port, ProgramName, version, layout.PostgresDataDirectory, layout.PostgresLogFile, DateTimeOffset.UtcNow);
            }
            // A port taken between the probe and the bind, or shared memory still held by a killed server's
            // orphaned backends: both clear up within a moment.
            await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
        }
        throw new InfraException($"PostgreSQL did not start: {result?.Diagnostics}; last log lines: {LogTail()} (log: {layout.PostgresLogFile})");
    }

    private (int Pid, int Port)? ReadPostmasterPid()
    {
        var file = Path.Combine(layout.PostgresDataDirectory, "postmaster.pid");
        try
        {
            // Line 1: pid; line 4: port (see PostgreSQL's pidfile.h).
            var lines = File.ReadAllLines(file);
            if (lines.Length >= 4
                && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                return (pid, port);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }

    private string LogTail()
    {
        try
        {
            return string.Join(" | ", File.ReadLines(layout.PostgresLogFile).TakeLast(4));
        }
        catch (IOException)
        {
            return "(no log)";
        }
        catch (UnauthorizedAccessException)
        {
            return "(log not readable)";
        }
    }
}
