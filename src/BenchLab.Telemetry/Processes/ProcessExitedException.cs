namespace BenchLab.Telemetry.Processes;

/// <summary>The sampled process is not (or no longer) there: it exited, or its pid now belongs to another program.</summary>
public sealed class ProcessExitedException : Exception
{
    public ProcessExitedException(int pid) : base($"process {pid} is not running") => Pid = pid;

    public ProcessExitedException() { }

    public ProcessExitedException(string message) : base(message) { }

    public ProcessExitedException(string message, Exception inner) : base(message, inner) { }

    public int Pid { get; }
}
