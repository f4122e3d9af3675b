using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Reset;
using BenchLab.Results.Model;
using BenchLab.Runner.Environment;
using BenchLab.Scenarios.Model;

namespace BenchLab.Runner.Lab;

/// <summary>
/// The lab side of one run: PostgreSQL and Redis (up and seeded), the resets of contract §2.6, core pinning,
/// and the environment every result records.
/// </summary>
public sealed class LabSession : IAsyncDisposable
{
    private readonly LabInfrastructure _infrastructure;
    private readonly InfraOptions _options;
    private readonly Action<string> _log;

    private LabSession(LabLayout layout, LabInfrastructure infrastructure, InfraOptions options, InfraEndpoints endpoints, CorePinning pinning, RunEnvironment environment, Action<string> log)
    {
        Layout = layout;
        _infrastructure = infrastructure;
        _options = options;
        Endpoints = endpoints;
        Pinning = pinning;
        Environment = environment;
        _log = log;
    }

    public LabLayout Layout { get; }

    public InfraEndpoints Endpoints { get; private set; }

    public CorePinning Pinning { get; }

    public RunEnvironment Environment { get; }

    public ResetTarget ResetTarget => ResetTarget.Benchmark(Endpoints.Superuser, Endpoints.Redis);

    public static async Task<LabSession> StartAsync(LabLayout layout, InfraOptions options, Placement placement, uint runSeed, Action<string> log, CancellationToken cancellationToken)
    {
        var infrastructure = new LabInfrastructure(layout, log);
        var endpoints = await infrastructure.UpAsync(options, cancellationToken);
        var details = await PostgresInspector.InspectAsync(endpoints.Superuser, cancellationToken);
        var machine = MachineInfo.Read();
        var git = await GitInfo.ReadAsync(layout.RepositoryRoot, cancellationToken);
        var pinning = new CorePinning(placement);
        var environment = new RunEnvironment
        {
            CpuModel = machine.CpuModel,
            Cores = machine.Cores,
            MemoryGib = machine.MemoryGib,
            Os = machine.Os,
            Kernel = machine.Kernel,
            DotnetVersion = machine.DotnetVersion,
            PostgresVersion = details.Version,
            RedisVersion = endpoints.RedisInstance?.Version ?? "external",
            Placement = placement.ToString().ToLowerInvariant(),
            PlacementDetail = pinning.Plan,
            GitCommit = git.Commit,
            GitDirty = git.Dirty,
            RunSeed = runSeed,
            Settings = details.NonDefaultSettings.ToDictionary(s => $"postgres.{s.Name}", s => s.Value),
        };
        var session = new LabSession(layout, infrastructure, options, endpoints, pinning, environment, log);
        await session.PinInfrastructureAsync(cancellationToken);
        return session;
    }

    /// <summary>Runs the resets a scenario asks for, in the contract's order.</summary>
    public async Task ResetAsync(LabReset resets, CancellationToken cancellationToken)
    {
        foreach (var (flag, procedure) in new (LabReset, IResetProcedure)[] { (LabReset.Users, new UsersReset()), (LabReset.Bulk, new BulkReset()), (LabReset.Products, new ProductsReset()), (LabReset.Redis, new RedisReset()) })
        {
            if (resets.HasFlag(flag))
            {
                _log($"{procedure.ContractName}: {await procedure.RunAsync(ResetTarget, cancellationToken)}");
            }
        }
    }

    /// <summary>Scenario 23's PostgreSQL part of a cold start: fast shutdown and start (empty shared buffers). False when external.</summary>
    public async Task<bool> RestartPostgresAsync(CancellationToken cancellationToken)
    {
        var restarted = await _infrastructure.RestartPostgresAsync(_options, cancellationToken);
        if (restarted)
        {
            Endpoints = _infrastructure.FindRunning(_options) ?? Endpoints;
            await PinInfrastructureAsync(cancellationToken);
        }
        return restarted;
    }

    /// <summary>Drops the OS page cache (<c>sync; echo 3 &gt; /proc/sys/vm/drop_caches</c>) when permitted; says whether it was.</summary>
    public static async Task<bool> DropPageCacheAsync()
    {
        try
        {
            await BenchLab.Infra.Processes.CommandRunner.RunAsync("sync", [], TimeSpan.FromSeconds(60));
            await File.WriteAllTextAsync("/proc/sys/vm/drop_caches", "3\n");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Pinning.Placement == Placement.None)
        {
            return;
        }
        try
        {
            if (Endpoints.PostgresInstance is { } postgres)
            {
                await CorePinning.ReleaseAsync(postgres.Pid, withChildren: true);
            }
            if (Endpoints.RedisInstance is { } redis)
            {
                await CorePinning.ReleaseAsync(redis.Pid, withChildren: false);
            }
            await CorePinning.ReleaseAsync(System.Environment.ProcessId, withChildren: false);
        }
        catch (InfraException e)
        {
            _log($"could not release the core pinning: {e.Message}");
        }
    }

    private async Task PinInfrastructureAsync(CancellationToken cancellationToken)
    {
        if (Pinning.Placement == Placement.None)
        {
            return;
        }
        if (Endpoints.PostgresInstance is { } postgres)
        {
            await Pinning.PinAsync("postgres", postgres.Pid, withChildren: true, cancellationToken);
        }
        if (Endpoints.RedisInstance is { } redis)
        {
            await Pinning.PinAsync("redis", redis.Pid, withChildren: false, cancellationToken);
        }
        await Pinning.PinAsync("generator", System.Environment.ProcessId, withChildren: false, cancellationToken);
        _log($"placement {Pinning.Placement.ToString().ToLowerInvariant()}: {string.Join(", ", Pinning.Plan.Select(p => $"{p.Key} on core {p.Value}"))}");
    }
}
