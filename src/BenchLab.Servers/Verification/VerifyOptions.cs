using BenchLab.Servers.Verification.Statements;

namespace BenchLab.Servers.Verification;

/// <summary>How to run verify: which check groups (all by default), and which statement profiler to use.</summary>
public sealed record VerifyOptions
{
    /// <summary>Group names to run (e.g. "pagination"); null runs every group of the implemented scenarios.</summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>Replaces the built-in pg_stat_statements profiler (the telemetry library's, or a test's).</summary>
    public IStatementProfiler? Profiler { get; init; }

    /// <summary>Called when a group starts, with a line such as "pagination (§3.2)".</summary>
    public Action<string> Progress { get; init; } = _ => { };
}
