using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Telemetry.Processes;

/// <summary>
/// Samples any process from /proc: CPU % per interval (utime + stime deltas, in USER_HZ ticks), RSS, threads and
/// open descriptors; with <c>includeDescendants</c> the whole tree below it. The process is identified by pid and
/// start time, so a reused pid is noticed as an exit rather than sampled as if it were the same program.
/// </summary>
public sealed class ProcessSampler : ISampler<ProcessSample>
{
    private readonly long _startTicks;
    private Dictionary<int, (long User, long System)> _previousCpu = [];
    private SampleTime _previousAt;

    private ProcessSampler(int pid, bool includeDescendants, long startTicks)
    {
        Pid = pid;
        IncludeDescendants = includeDescendants;
        _startTicks = startTicks;
    }

    public int Pid { get; }

    public bool IncludeDescendants { get; }

    /// <summary>The process's name (comm) when attached.</summary>
    public string Name { get; private init; } = "";

    /// <summary>Attaches to a running process; throws <see cref="ProcessExitedException"/> when there is none.</summary>
    public static ProcessSampler Attach(int pid, bool includeDescendants = false)
    {
        var stat = ProcStat.TryRead(pid) ?? throw new ProcessExitedException(pid);
        return new ProcessSampler(pid, includeDescendants, stat.StartTicks) { Name = stat.Name };
    }

    /// <summary>True while the attached process (same pid, same start time) runs.</summary>
    public bool IsRunning => ProcStat.TryRead(Pid) is { } stat && stat.StartTicks == _startTicks;

    public Task StartAsync(SampleTime at, CancellationToken cancellationToken = default)
    {
        _previousCpu = ReadTree().ToDictionary(s => s.Pid, s => (s.UserTicks, s.SystemTicks));
        _previousAt = at;
        return Task.CompletedTask;
    }

    public Task<ProcessSample> SampleAsync(SampleTime at, CancellationToken cancellationToken = default)
    {
        var tree = ReadTree();
        long user = 0, system = 0;
        foreach (var stat in tree)
        {
            // A process seen last time contributes its increase; a new one everything it used since it started
            // (it started within the interval, or we would have seen it). A process that exited in the interval
            // takes its last fraction of a second with it: /proc keeps nothing of it.
            if (_previousCpu.TryGetValue(stat.Pid, out var before))
            {
                user += Math.Max(0, stat.UserTicks - before.User);
                system += Math.Max(0, stat.SystemTicks - before.System);
            }
            else
            {
                user += stat.UserTicks;
                system += stat.SystemTicks;
            }
        }
        var seconds = Math.Max(_previousAt.SecondsUntil(at), 1e-3);
        var perCent = 100.0 / KernelClock.TicksPerSecond / seconds;
        _previousCpu = tree.ToDictionary(s => s.Pid, s => (s.UserTicks, s.SystemTicks));
        _previousAt = at;
        int? descriptors = 0;
        foreach (var stat in tree)
        {
            var count = ProcessTree.OpenFileDescriptors(stat.Pid);
            descriptors = count is null || descriptors is null ? null : descriptors + count;
        }
        return Task.FromResult(new ProcessSample(
            at,
            CpuPercent: (user + system) * perCent,
            UserCpuPercent: user * perCent,
            SystemCpuPercent: system * perCent,
            RssBytes: tree.Sum(s => s.RssPages) * Environment.SystemPageSize,
            Threads: tree.Sum(s => s.Threads),
            OpenFileDescriptors: descriptors,
            Processes: tree.Count));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IReadOnlyList<ProcStat> ReadTree()
    {
        var tree = ProcessTree.Read(Pid, IncludeDescendants);
        if (tree.Count == 0 || tree[0].StartTicks != _startTicks)
        {
            throw new ProcessExitedException(Pid);
        }
        return tree;
    }
}
