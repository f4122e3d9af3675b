using BenchLab.Results.Model;

namespace BenchLab.Runner;

/// <summary>What a run produced: one result (and folder) per server variant, and the exit code (contract §1.5).</summary>
public sealed record SuiteOutcome(IReadOnlyList<(RunResult Result, string Folder)> Results, int ExitCode)
{
    /// <summary>The exit code of an interrupted run (what it measured is written, marked partial): 128 + SIGINT, as shells report Ctrl-C.</summary>
    public const int Interrupted = 130;
}
