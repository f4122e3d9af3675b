namespace BenchLab.Servers.Verification;

/// <summary>One line of the verify table: which group, what was checked, and every problem found.</summary>
public sealed record CheckResult(string Group, string Section, string Name, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}

/// <summary>A route's measured statements per request beside the count the contract fixes (null where it fixes none).</summary>
public sealed record RouteStatements(string Route, int? Expected, Statements.StatementProfile Profile)
{
    public bool Matches => Expected is null || Profile.Statements == (long)Expected * Profile.Requests;
}
