namespace MinimalServer.Http;

/// <summary><c>{"message": …}</c>: what the state-changing maintenance endpoints answer.</summary>
public sealed record MessageResponse(string Message);
