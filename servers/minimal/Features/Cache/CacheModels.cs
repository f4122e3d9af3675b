namespace MinimalServer.Features.Cache;

/// <summary>What <c>user:{id}</c> holds in Redis: compact <c>{"id","name","email"}</c> (contract §2.4).</summary>
public sealed record CachedUser(int Id, string Name, string Email);

public sealed record CacheUserResponse(string Source, int UserId, string Name, string Email, double ElapsedMs);

public sealed record WarmupResponse(int WarmedCount, double ElapsedMs);

public sealed record CacheDeleteResponse(string Deleted, bool Success);
