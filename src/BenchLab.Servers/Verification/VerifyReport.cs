namespace BenchLab.Servers.Verification;

/// <summary>Everything one verify run found: each check, and the statements per request of each profiled route (§8.6).</summary>
public sealed record VerifyReport(IReadOnlyList<CheckResult> Checks, IReadOnlyList<RouteStatements> Statements, TimeSpan Took)
{
    public int Passed => Checks.Count(check => check.Passed);

    public int Failed => Checks.Count - Passed;

    /// <summary>True when at least one check ran and none failed: a verify that checked nothing proves nothing.</summary>
    public bool Succeeded => Checks.Count > 0 && Failed == 0;

    public IEnumerable<CheckResult> Failures => Checks.Where(check => !check.Passed);
}
