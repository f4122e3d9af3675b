namespace BenchLab.Benchmarks;

/// <summary>One line naming the machine a figure was measured on: CPU model, cores, memory, OS.</summary>
public static class MachineDescription
{
    public static string Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memoryKb = File.ReadLines("/proc/meminfo").First(line => line.StartsWith("MemTotal", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "Linux"
            : "Linux";
        return $"{cpu}, {Environment.ProcessorCount} cores, {long.Parse(memoryKb, System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024} GiB, {os}, .NET {Environment.Version}";
    }
}
