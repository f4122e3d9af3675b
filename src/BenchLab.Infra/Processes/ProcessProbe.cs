namespace BenchLab.Infra.Processes;

/// <summary>
/// Reads /proc to tell whether a pid is alive and which program it runs. A pid file is only trusted when
/// the pid still runs the program it was written for: pids are reused after a crash or a reboot.
/// </summary>
public static class ProcessProbe
{
    public static bool IsAlive(int pid) => pid > 0 && Directory.Exists($"/proc/{pid}") && !IsZombie(pid);

    /// <summary>True when <paramref name="pid"/> is alive and its command line mentions <paramref name="programName"/>.</summary>
    public static bool Runs(int pid, string programName)
    {
        if (!IsAlive(pid))
        {
            return false;
        }
        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return commandLine.Contains(programName, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) S ..." — the state letter follows the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName > 0 && afterName + 2 < stat.Length && stat[afterName + 2] == 'Z';
        }
        catch (IOException)
        {
            return true;
        }
    }
}
