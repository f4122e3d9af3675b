namespace MinimalServer.Features.Auth;

/// <summary>The one user lookup every auth endpoint does: <c>SELECT id, email FROM users WHERE id = $1</c>.</summary>
public sealed record AuthUser(int Id, string Email);

public sealed record PublicResponse(string Message, bool Authenticated, string AuthType, int UserId, string Email, double ElapsedMs);

public sealed record JwtLoginResponse(string AccessToken, string TokenType, double ElapsedMs);

public sealed record SessionLoginResponse(string SessionToken, string TokenType, double ElapsedMs);

public sealed record ProtectedResourceResponse(string Message, string AuthType, int UserId, string Email, double ElapsedMs);
