namespace MinimalServer.Features.Transactions;

public sealed record Product(int Id, string Name, int Stock, int Version, DateTime UpdatedAt);

public sealed record DecrementResponse(bool Success, string Method, int ProductId, int OldStock, int NewStock, int Retries, double ElapsedMs, string? Error);

/// <summary>The 409 of scenario 13: a problem with the outcome as extension members (contract §3.6).</summary>
public sealed record DecrementConflict(
    string Type, string Title, int Status, string Detail, bool Success, string Method, int ProductId, int Retries, double ElapsedMs, string? Sqlstate);

/// <summary>How one decrement ended: the stocks on success, or the conflict (retries used, SQLSTATE if any).</summary>
public sealed record DecrementOutcome(bool Found, bool Succeeded, int OldStock, int NewStock, int Retries, string? SqlState)
{
    public static DecrementOutcome NotFound { get; } = new(false, false, 0, 0, 0, null);
}
