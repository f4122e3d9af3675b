namespace BenchLab.Servers.Lifecycle;

/// <summary>How a server stopped: by itself after SIGTERM within the grace period, or killed after it.</summary>
public sealed record StopOutcome(bool Graceful, int? ExitCode, TimeSpan Took, bool HadAlreadyExited = false)
{
    public override string ToString() => HadAlreadyExited
        ? $"had already exited (exit code {ExitCode})"
        : Graceful
            ? $"stopped after SIGTERM in {Took.TotalSeconds:0.0} s (exit code {ExitCode})"
            : $"did not stop within {Took.TotalSeconds:0} s of SIGTERM and was killed";
}
