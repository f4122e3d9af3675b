namespace BenchLab.Load.Native;

/// <summary>CPU time and memory of the generator process, read without allocating (getrusage, /proc/self/statm).</summary>
internal static class ProcessUsage
{
    private static readonly long PageSize = Environment.SystemPageSize;

    /// <summary>User + system CPU time of the whole process, in seconds.</summary>
    public static unsafe double CpuSeconds(int who = LinuxConstants.RUsageSelf)
    {
        RUsage usage;
        if (LibC.getrusage(who, &usage) != 0)
        {
            return double.NaN;
        }
        return usage.UserSeconds + usage.SystemSeconds + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1e6;
    }

    /// <summary>Resident set size now, in bytes (second field of /proc/self/statm, in pages).</summary>
    public static long ResidentBytes()
    {
        try
        {
            Span<byte> buffer = stackalloc byte[128];
            using var handle = File.OpenHandle("/proc/self/statm");
            var read = RandomAccess.Read(handle, buffer, 0);
            var text = buffer[..read];
            var space = text.IndexOf((byte)' ');
            long pages = 0;
            for (var i = space + 1; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
            {
                pages = pages * 10 + (text[i] - '0');
            }
            return pages * PageSize;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
