using BenchLab.Telemetry.Processes;

namespace BenchLab.Benchmarks.Servers;

/// <summary>
/// CPU seconds (user + system) from /proc, read with telemetry's <see cref="ProcStat"/>. For PostgreSQL the whole
/// tree counts: the postmaster, its live backends, and the backends that have already exited — pgbench's backends
/// end with pgbench, and their time lands in the postmaster's cutime/cstime once it has reaped them.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100.0; // USER_HZ on Linux

    /// <summary>The process's own CPU; 0 once it has gone.</summary>
    public static double Seconds(int pid) => (ProcStat.TryRead(pid)?.CpuTicks ?? 0) / TicksPerSecond;

    /// <summary>The process and its descendants, each with the children it has reaped (a PostgreSQL instance).</summary>
    public static double TreeSeconds(int rootPid) =>
        ProcessTree.Read(rootPid, includeDescendants: true).Sum(stat => stat.CpuTicks + stat.ReapedChildrenTicks) / TicksPerSecond;
}
