using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using MinimalServer.Http;
using MinimalServer.Json;
using StackExchange.Redis;

namespace MinimalServer.Features.Auth;

/// <summary>
/// 17: the same user lookup without auth (17-a), behind an HS256 JWT (17-b), and behind a Redis session (17-c);
/// logins issue tokens for any existing user id, without a password, as the original did.
/// </summary>
public static class AuthEndpoints
{
    private static readonly TimeSpan SessionTtl = TimeSpan.FromSeconds(1800);

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/auth/public", PublicAsync);
        app.MapPost("/auth/login/jwt", JwtLoginAsync);
        app.MapGet("/auth/protected/jwt", JwtProtectedAsync).RequireAuthorization(JwtChallenge.Policy);
        app.MapPost("/auth/login/session", SessionLoginAsync);
        app.MapGet("/auth/protected/session", SessionProtectedAsync);
        app.MapPost("/auth/logout/session", SessionLogoutAsync);
    }

    private static async Task<IResult> PublicAsync(HttpContext context, AuthUserStore users)
    {
        var started = Stopwatch.GetTimestamp();
        var query = new QueryReader(context.Request);
        var userId = query.SmallNumber("user_id", 1, 1, int.MaxValue);
        if (query.HasErrors(out var problem))
        {
            return problem;
        }
        var user = await users.FindAsync(userId, context.RequestAborted);
        return user is null
            ? Problems.NotFound($"user {userId} does not exist")
            : TypedResults.Json(new PublicResponse("public endpoint", false, "none", user.Id, user.Email, Elapsed(started)), AppJson.Context.PublicResponse);
    }

    private static async Task<IResult> JwtLoginAsync(HttpContext context, AuthUserStore users, JwtTokens tokens)
    {
        var started = Stopwatch.GetTimestamp();
        var (user, problem) = await LoginUserAsync(context, users);
        return user is null
            ? problem!
            : TypedResults.Json(new JwtLoginResponse(tokens.Issue(user.Id, user.Email), "bearer", Elapsed(started)), AppJson.Context.JwtLoginResponse);
    }

    private static async Task<IResult> JwtProtectedAsync(HttpContext context, AuthUserStore users)
    {
        var started = Stopwatch.GetTimestamp();
        var user = JwtChallenge.TryGetUserId(context, out var userId) ? await users.FindAsync(userId, context.RequestAborted) : null;
        return user is null
            ? Problems.Unauthorized(context, "the token's user does not exist")
            : TypedResults.Json(new ProtectedResourceResponse("protected resource", "jwt", user.Id, user.Email, Elapsed(started)), AppJson.Context.ProtectedResourceResponse);
    }

    private static async Task<IResult> SessionLoginAsync(HttpContext context, AuthUserStore users, IConnectionMultiplexer redis)
    {
        var started = Stopwatch.GetTimestamp();
        var (user, problem) = await LoginUserAsync(context, users);
        if (user is null)
        {
            return problem!;
        }
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await redis.GetDatabase().StringSetAsync("session:" + token, user.Id.ToString(CultureInfo.InvariantCulture), SessionTtl);
        return TypedResults.Json(new SessionLoginResponse(token, "session", Elapsed(started)), AppJson.Context.SessionLoginResponse);
    }

    private static async Task<IResult> SessionProtectedAsync(HttpContext context, AuthUserStore users, IConnectionMultiplexer redis)
    {
        var started = Stopwatch.GetTimestamp();
        if (!BearerHeader.TryRead(context.Request, out var token, out var headerProblem))
        {
            return Problems.Unauthorized(context, headerProblem);
        }
        var stored = await redis.GetDatabase().StringGetAsync("session:" + token);
        if (!stored.HasValue || !int.TryParse(stored.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return Problems.Unauthorized(context, "unknown or expired session");
        }
        var user = await users.FindAsync(userId, context.RequestAborted);
        return user is null
            ? Problems.Unauthorized(context, "the session's user does not exist")
            : TypedResults.Json(new ProtectedResourceResponse("protected resource", "session", user.Id, user.Email, Elapsed(started)), AppJson.Context.ProtectedResourceResponse);
    }

    /// <summary>contract §9.4: the session ends at once; an unknown (or already ended) session is a 401 like a bad header.</summary>
    private static async Task<IResult> SessionLogoutAsync(HttpContext context, IConnectionMultiplexer redis)
    {
        if (!BearerHeader.TryRead(context.Request, out var token, out var headerProblem))
        {
            return Problems.Unauthorized(context, headerProblem);
        }
        var deleted = await redis.GetDatabase().KeyDeleteAsync("session:" + token);
        return deleted ? TypedResults.NoContent() : Problems.Unauthorized(context, "unknown or expired session");
    }

    /// <summary>Reads the required <c>user_id</c> of a login and looks the user up; an unknown user is a 401.</summary>
    private static async Task<(AuthUser? User, IResult? Problem)> LoginUserAsync(HttpContext context, AuthUserStore users)
    {
        var query = new QueryReader(context.Request);
        var userId = query.RequiredSmallNumber("user_id", 1, int.MaxValue);
        if (query.HasErrors(out var problem))
        {
            return (null, problem);
        }
        var user = await users.FindAsync(userId, context.RequestAborted);
        return user is null ? (null, Problems.Unauthorized(context, $"user {userId} does not exist")) : (user, null);
    }

    private static double Elapsed(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
}
