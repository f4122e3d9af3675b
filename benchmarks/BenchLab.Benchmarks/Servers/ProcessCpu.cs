using System.Globalization;

namespace BenchLab.Benchmarks.Servers;

/// <summary>
/// CPU seconds (user + system) from /proc/PID/stat. For PostgreSQL the whole tree counts: the postmaster, its
/// live backends, and the backends that have already exited — pgbench's backends end with pgbench, and their time
/// lands in the postmaster's cutime/cstime once it has reaped them.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100.0; // USER_HZ on Linux

    public static double Seconds(int pid) => Ticks(pid, includeReapedChildren: false) / TicksPerSecond;

    /// <summary>The process, its direct children, and every child it has reaped (a PostgreSQL instance).</summary>
    public static double TreeSeconds(int rootPid)
    {
        var ticks = Ticks(rootPid, includeReapedChildren: true);
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && pid != rootPid && ParentOf(pid) == rootPid)
            {
                ticks += Ticks(pid, includeReapedChildren: true);
            }
        }
        return ticks / TicksPerSecond;
    }

    private static int? ParentOf(int pid) => Fields(pid) is { } fields ? int.Parse(fields[1], CultureInfo.InvariantCulture) : null;

    private static long Ticks(int pid, bool includeReapedChildren)
    {
        if (Fields(pid) is not { } fields)
        {
            return 0;
        }
        // Fields after the command name, 0-based from field 3 (state): utime 14, stime 15, cutime 16, cstime 17 (man 5 proc).
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return includeReapedChildren ? ticks + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture) : ticks;
    }

    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null; // the process has gone between listing and reading
        }
    }
}
