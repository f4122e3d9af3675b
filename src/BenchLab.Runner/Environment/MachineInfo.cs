using System.Globalization;

namespace BenchLab.Runner.Environment;

/// <summary>The machine a result was measured on, read from /proc and /etc/os-release (contract §1.5).</summary>
public sealed record MachineInfo(string CpuModel, int Cores, double MemoryGib, string Os, string Kernel, string DotnetVersion)
{
    public static MachineInfo Read()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memoryKb = long.Parse(File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "Linux"
            : "Linux";
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "unknown";
        return new MachineInfo(cpu, System.Environment.ProcessorCount, Math.Round(memoryKb / 1024.0 / 1024.0, 1), os, kernel, System.Environment.Version.ToString());
    }
}
