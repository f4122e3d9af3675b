namespace BenchLab.Infra.Instances;

/// <summary>
/// What <c>infra up</c> records about a server it started: enough for a later command to find it, check that it
/// is still the same process, and stop it.
/// </summary>
public sealed record InstanceState(int Pid, int Port, string Program, string Version, string DataDirectory, string LogFile, DateTimeOffset StartedAt);
