using BenchLab.Telemetry.Clock;

namespace BenchLab.Telemetry.Processes;

/// <summary>
/// One interval of a process (or process tree), read from /proc: any language.
/// </summary>
/// <param name="CpuPercent">CPU time used in the interval as a percentage of one core (200 = two cores busy).</param>
/// <param name="UserCpuPercent">The user-mode part of <paramref name="CpuPercent"/>.</param>
/// <param name="SystemCpuPercent">The kernel-mode part (system calls: sockets, I/O).</param>
/// <param name="RssBytes">Resident set size at the end of the interval (summed over the tree; shared pages count once per process).</param>
/// <param name="Threads">Threads at the end of the interval.</param>
/// <param name="OpenFileDescriptors">Open descriptors (files, sockets, pipes); null when /proc would not tell.</param>
/// <param name="Processes">Processes counted (1 unless descendants are included).</param>
public sealed record ProcessSample(
    SampleTime Time,
    double CpuPercent,
    double UserCpuPercent,
    double SystemCpuPercent,
    long RssBytes,
    int Threads,
    int? OpenFileDescriptors,
    int Processes);
