namespace MinimalServer.Features.Users;

/// <summary>The contract's User: <c>{id, name, email, created_at}</c>.</summary>
public sealed record User(int Id, string Name, string Email, DateTime CreatedAt);
