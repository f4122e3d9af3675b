using System.Globalization;

namespace BenchLab.Telemetry.Processes;

/// <summary>
/// The fields of <c>/proc/PID/stat</c> the sampler uses. The process name (field 2) is in parentheses and may
/// itself contain spaces and parentheses, so fields are counted from the <em>last</em> ')' (proc(5)).
/// </summary>
public sealed record ProcStat(int Pid, string Name, char State, int ParentPid, long UserTicks, long SystemTicks, int Threads, long StartTicks, long RssPages)
{
    public long CpuTicks => UserTicks + SystemTicks;

    /// <summary>
    /// CPU of the children this process has waited for (cutime + cstime): where a PostgreSQL postmaster keeps the
    /// time of backends that have already exited.
    /// </summary>
    public long ReapedChildrenTicks { get; init; }

    public static ProcStat Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.LastIndexOf(')');
        if (open <= 0 || close < open)
        {
            throw new FormatException($"not a /proc/PID/stat line: '{text}'");
        }
        var pid = int.Parse(text.AsSpan(0, open).Trim(), CultureInfo.InvariantCulture);
        var name = text[(open + 1)..close];
        // Fields from 3 (state) on; index 0 here is field 3 in proc(5)'s numbering.
        var fields = text[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 22)
        {
            throw new FormatException($"/proc/{pid}/stat has {fields.Length + 2} fields, expected at least 24");
        }
        return new ProcStat(
            pid,
            name,
            fields[0][0],
            int.Parse(fields[1], CultureInfo.InvariantCulture),
            UserTicks: long.Parse(fields[11], CultureInfo.InvariantCulture),
            SystemTicks: long.Parse(fields[12], CultureInfo.InvariantCulture),
            Threads: int.Parse(fields[17], CultureInfo.InvariantCulture),
            StartTicks: long.Parse(fields[19], CultureInfo.InvariantCulture),
            RssPages: long.Parse(fields[21], CultureInfo.InvariantCulture))
        {
            ReapedChildrenTicks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The process's current stat, or null when it has gone (or is a zombie, which holds no resources).</summary>
    public static ProcStat? TryRead(int pid)
    {
        try
        {
            var stat = Parse(File.ReadAllText($"/proc/{pid}/stat"));
            return stat.State == 'Z' || stat.State == 'X' ? null : stat;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
