namespace BenchLab.Servers.Verification.Routes;

/// <summary>A query integer of §3 and its range (inclusive; no maximum where the contract sets none).</summary>
public sealed record IntegerParameter(string Name, long Minimum, long? Maximum = null);

/// <summary>
/// One endpoint of contract §3 as data: method, path (with <c>{id}</c> where a path id goes), the scenarios
/// that use it, its query integers, and what else a valid request needs. The bad-input group walks this catalog,
/// so every endpoint gets the same malformed-input checks.
/// </summary>
public sealed record ContractRoute(string Method, string Path, IReadOnlyList<string> Scenarios)
{
    public IReadOnlyList<IntegerParameter> Parameters { get; init; } = [];

    /// <summary>Query parameters a valid request needs besides the one under test (e.g. <c>batch=…</c>, <c>q=…</c>).</summary>
    public string FixedQuery { get; init; } = "";

    /// <summary>The body kind of a valid request: none, JSON or multipart.</summary>
    public RouteBody Body { get; init; } = RouteBody.None;

    /// <summary>Requires a bearer token (JWT) to reach the handler.</summary>
    public bool NeedsToken { get; init; }

    public bool HasPathId => Path.Contains("{id}", StringComparison.Ordinal);

    public string Describe => $"{Method} {Path}";
}

public enum RouteBody
{
    None,
    Json,
    Multipart,
}
