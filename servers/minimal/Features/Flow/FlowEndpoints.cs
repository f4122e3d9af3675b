using MinimalServer.Features.Auth;
using MinimalServer.Features.Cache;
using MinimalServer.Features.Users;
using MinimalServer.Http;
using MinimalServer.Json;
using StackExchange.Redis;

namespace MinimalServer.Features.Flow;

/// <summary>
/// 20, the real-world flow after a JWT login: read the own profile, rename it (then drop the user's cache entry,
/// after the commit, so a cached copy cannot outlive the change).
/// </summary>
public static class FlowEndpoints
{
    public static void MapFlow(this IEndpointRouteBuilder app)
    {
        app.MapGet("/flow/profile", ReadAsync).RequireAuthorization(JwtChallenge.Policy);
        app.MapPatch("/flow/profile", UpdateAsync).RequireAuthorization(JwtChallenge.Policy);
    }

    private static async Task<IResult> ReadAsync(HttpContext context, UserStore users)
    {
        if (!JwtChallenge.TryGetUserId(context, out var userId))
        {
            return Problems.Unauthorized(context, "the token carries no user id");
        }
        var user = await users.FindAsync(userId, context.RequestAborted);
        return user is null ? Problems.NotFound($"user {userId} does not exist") : TypedResults.Json(user, AppJson.Context.User);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, UserStore users, IConnectionMultiplexer redis)
    {
        if (!JwtChallenge.TryGetUserId(context, out var userId))
        {
            return Problems.Unauthorized(context, "the token carries no user id");
        }
        var (document, problem) = await JsonBody.ReadAsync(context, UsersEndpoints.MaxBodyBytes);
        if (document is null)
        {
            return problem!;
        }
        string name;
        using (document)
        {
            var body = new BodyReader(document);
            var given = UserInput.Name(body, required: true);
            if (body.HasErrors(out var invalid))
            {
                return invalid;
            }
            name = given!;
        }
        var user = await users.RenameAsync(userId, name, context.RequestAborted);
        if (user is null)
        {
            return Problems.NotFound($"user {userId} does not exist");
        }
        await redis.GetDatabase().KeyDeleteAsync(CacheEndpoints.Key(userId));
        return TypedResults.Json(user, AppJson.Context.User);
    }
}
