using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using MinimalServer.Http;
using MinimalServer.Json;
using StackExchange.Redis;

namespace MinimalServer.Features.Cache;

/// <summary>
/// 14–16: the same user read from PostgreSQL only, or cache-aside through Redis (<c>GET user:{id}</c>; on a miss
/// the SELECT, then <c>SET … EX 300</c>); warm-up, flush and per-key delete for the scenarios' setup.
/// Redis unreachable is a 503: there is no silent fallback to the database.
/// </summary>
public static class CacheEndpoints
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(300);

    public static void MapCache(this IEndpointRouteBuilder app)
    {
        app.MapGet("/cache/users/{id:int}/no-cache", NoCacheAsync);
        app.MapGet("/cache/users/{id:int}/cached", CachedAsync);
        app.MapPost("/cache/warmup", WarmupAsync);
        app.MapDelete("/cache/flush", async (IConnectionMultiplexer redis) =>
        {
            await redis.GetDatabase().ExecuteAsync("FLUSHDB");
            return TypedResults.Json(new MessageResponse("Cache flushed"), AppJson.Context.MessageResponse);
        });
        app.MapDelete("/cache/users/{id:int:min(1)}", async (int id, IConnectionMultiplexer redis) =>
        {
            var key = Key(id);
            var existed = await redis.GetDatabase().KeyDeleteAsync(key);
            return TypedResults.Json(new CacheDeleteResponse(key, existed), AppJson.Context.CacheDeleteResponse);
        });
    }

    public static string Key(int id) => "user:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IResult> NoCacheAsync(int id, CacheUserStore users, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var user = id > 0 ? await users.FindAsync(id, cancellationToken) : null;
        return user is null ? Problems.NotFound($"user {id} does not exist") : Respond("database", user, started);
    }

    private static async Task<IResult> CachedAsync(int id, CacheUserStore users, IConnectionMultiplexer redis, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (id <= 0)
        {
            return Problems.NotFound($"user {id} does not exist");
        }
        var cache = redis.GetDatabase();
        var key = Key(id);
        var cached = await cache.StringGetAsync(key);
        if (cached.HasValue)
        {
            var hit = JsonSerializer.Deserialize((byte[])cached!, AppJson.Context.CachedUser)!;
            return Respond("cache", hit, started);
        }
        var user = await users.FindAsync(id, cancellationToken);
        if (user is null)
        {
            return Problems.NotFound($"user {id} does not exist");
        }
        await cache.StringSetAsync(key, JsonSerializer.SerializeToUtf8Bytes(user, AppJson.Context.CachedUser), Ttl);
        return Respond("database", user, started);
    }

    private static async Task<IResult> WarmupAsync(HttpContext context, CacheUserStore users, IConnectionMultiplexer redis)
    {
        var query = new QueryReader(context.Request);
        var count = query.SmallNumber("count", 100, 1, 100_000);
        if (query.HasErrors(out var problem))
        {
            return problem;
        }
        var started = Stopwatch.GetTimestamp();
        var rows = await users.FirstAsync(count, context.RequestAborted);
        var batch = redis.GetDatabase().CreateBatch();
        var writes = rows.Select(user => batch.StringSetAsync(Key(user.Id), JsonSerializer.SerializeToUtf8Bytes(user, AppJson.Context.CachedUser), Ttl)).ToList();
        batch.Execute();
        await Task.WhenAll(writes);
        return TypedResults.Json(new WarmupResponse(rows.Count, Elapsed(started)), AppJson.Context.WarmupResponse);
    }

    private static JsonHttpResult<CacheUserResponse> Respond(string source, CachedUser user, long started) =>
        TypedResults.Json(new CacheUserResponse(source, user.Id, user.Name, user.Email, Elapsed(started)), AppJson.Context.CacheUserResponse);

    private static double Elapsed(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
}
