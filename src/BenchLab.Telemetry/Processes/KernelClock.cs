using System.Runtime.InteropServices;

namespace BenchLab.Telemetry.Processes;

/// <summary>
/// The unit of CPU times in /proc (USER_HZ, <c>sysconf(_SC_CLK_TCK)</c>): 100 on every common Linux build, but
/// asked rather than assumed.
/// </summary>
public static partial class KernelClock
{
    private const int ScClkTck = 2;

    public static long TicksPerSecond { get; } = Read();

    private static long Read()
    {
        var value = SysConf(ScClkTck);
        return value > 0 ? value : 100;
    }

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long SysConf(int name);
}
