using System.Text.Json;
using BenchLab.Infra.Reset;
using BenchLab.Infra.Seed;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.7 and the <c>user:{id}</c> keys of §2.4, on a user and keys of verify's own: a miss reads the
/// database and sets the key (compact JSON, TTL 300 s), a hit answers from Redis without the database, DEL removes
/// it; 404s are not cached. The state-wide warm-up and flush come last, followed by the lab's R-redis.
/// </summary>
public sealed class CacheChecks : CheckGroup
{
    private const int TtlSeconds = 300;

    public override string Name => "cache";

    public override string Section => "§3.7";

    public override IReadOnlyList<string> Scenarios => ["14", "15", "16-a", "16-b", "23-cold", "23-warm"];

    public override async Task RunAsync(VerifyRun run)
    {
        var user = await OwnUsers.CreateAsync(run, "cache");
        var key = $"user:{user.Id}";
        run.Footprint.TrackRedisKey(key);
        await run.Redis.DeleteAsync(key);

        await run.CheckAsync("GET /cache/users/42/no-cache: user 42 from the database", async () =>
            (await run.Http.GetAsync("/cache/users/42/no-cache", run.Cancellation)).ExpectJson(200,
                Lookup("database", 42, SeedRules.UserName(42), SeedRules.Email("user", 42))));
        await run.CheckAsync("GET /cache/users/{id}/no-cache leaves Redis alone", async () =>
        {
            var response = await run.Http.GetAsync($"/cache/users/{user.Id}/no-cache", run.Cancellation);
            return response.ExpectJson(200, Lookup("database", user.Id, user.Name, user.Email))
                .Require(!await run.Redis.ExistsAsync(key), $"{key} was written by the no-cache route");
        });
        await run.CheckAsync("DELETE /cache/users/{id} of an absent key: success false", async () =>
            (await run.Http.DeleteAsync($"/cache/users/{user.Id}", run.Cancellation)).ExpectJson(200,
                Expect.Object(("deleted", Expect.String(key)), ("success", Expect.Bool(false)))));
        await run.CheckAsync("GET /cache/users/{id}/cached, first time: a miss from the database that sets user:{id} (compact JSON, TTL 300 s)", async () =>
        {
            var response = await run.Http.GetAsync($"/cache/users/{user.Id}/cached", run.Cancellation);
            return response.ExpectJson(200, Lookup("database", user.Id, user.Name, user.Email)).Include(await CachedValueAsync(run, key, user));
        });
        await run.CheckAsync("GET /cache/users/{id}/cached, second time: a hit from the cache", async () =>
            (await run.Http.GetAsync($"/cache/users/{user.Id}/cached", run.Cancellation)).ExpectJson(200, Lookup("cache", user.Id, user.Name, user.Email)));
        await run.CheckAsync("a hit answers from Redis even after the row changed (it does not read the database)", async () =>
        {
            await run.Database.ExecuteAsync("UPDATE users SET name = $1 WHERE id = $2", run.Cancellation, user.Name + " renamed", user.Id);
            return (await run.Http.GetAsync($"/cache/users/{user.Id}/cached", run.Cancellation)).ExpectJson(200, Lookup("cache", user.Id, user.Name, user.Email));
        });
        await run.CheckAsync("DELETE /cache/users/{id} of a cached key: success true, and the key is gone", async () =>
        {
            var response = await run.Http.DeleteAsync($"/cache/users/{user.Id}", run.Cancellation);
            return response.ExpectJson(200, Expect.Object(("deleted", Expect.String(key)), ("success", Expect.Bool(true))))
                .Require(!await run.Redis.ExistsAsync(key), $"{key} is still in Redis");
        });
        await run.CheckAsync("GET /cache/users/{id}/cached after DEL: a miss that reads the changed row", async () =>
            (await run.Http.GetAsync($"/cache/users/{user.Id}/cached", run.Cancellation)).ExpectJson(200, Lookup("database", user.Id, user.Name + " renamed", user.Email)));
        await MissingAsync(run);
        await ProfileAsync(run, user.Id, key);
        await StateWideAsync(run);
    }

    private static async Task MissingAsync(VerifyRun run)
    {
        var missing = await OwnUsers.MissingIdAsync(run);
        run.Footprint.TrackRedisKey($"user:{missing}");
        await run.CheckAsync("GET /cache/users/{missing}/cached: 404 problem+json, and nothing is cached", async () =>
            (await run.Http.GetAsync($"/cache/users/{missing}/cached", run.Cancellation)).ExpectProblem(404)
                .Require(!await run.Redis.ExistsAsync($"user:{missing}"), $"user:{missing} was cached for a missing user"));
        await run.CheckAsync("GET /cache/users/{missing}/no-cache: 404 problem+json", async () =>
            (await run.Http.GetAsync($"/cache/users/{missing}/no-cache", run.Cancellation)).ExpectProblem(404));
    }

    private static async Task ProfileAsync(VerifyRun run, int id, string key)
    {
        await run.StatementsAsync("GET /cache/users/{id}/no-cache", 1, _ => run.Http.GetAsync($"/cache/users/{id}/no-cache", run.Cancellation));
        await run.StatementsAsync("GET /cache/users/{id}/cached (miss)", 1, _ => run.Http.GetAsync($"/cache/users/{id}/cached", run.Cancellation), async _ => await run.Redis.DeleteAsync(key));
        await run.StatementsAsync("GET /cache/users/{id}/cached (hit)", 0, _ => run.Http.GetAsync($"/cache/users/{id}/cached", run.Cancellation));
        await run.StatementsAsync("DELETE /cache/users/{id}", 0, _ => run.Http.DeleteAsync($"/cache/users/{id}", run.Cancellation));
    }

    /// <summary>Warm-up and flush change the whole Redis database: R-redis follows them (§8.5).</summary>
    private static async Task StateWideAsync(VerifyRun run)
    {
        try
        {
            // What an earlier scenario left in the cache (16-a warms 10,000 users) must not decide these checks;
            // R-redis follows them in any case, so it may as well come first too.
            await run.ResetAsync(new RedisReset());
            await run.CheckAsync("POST /cache/warmup?count=5: warmed_count 5, user:1–5 cached with TTL 300 s", async () =>
            {
                var response = await run.Http.PostAsync("/cache/warmup?count=5", run.Cancellation);
                var verdict = response.ExpectJson(200, Expect.Object(("warmed_count", Expect.Int(5)), ("elapsed_ms", Expect.NumberAtLeast(0))));
                foreach (var id in Enumerable.Range(1, 5))
                {
                    verdict.Include(await CachedValueAsync(run, $"user:{id}", new OwnUsers.UserRow(id, SeedRules.UserName(id), SeedRules.Email("user", id), default)));
                }
                return verdict.Require(!await run.Redis.ExistsAsync("user:6"), "user:6 was cached by a warm-up of 5");
            });
            await run.CheckAsync("POST /cache/warmup without count: 100 users", async () =>
            {
                var response = await run.Http.PostAsync("/cache/warmup", run.Cancellation);
                return response.ExpectJson(200, Expect.Object(("warmed_count", Expect.Int(100)), ("elapsed_ms", Expect.NumberAtLeast(0))))
                    .Require(await run.Redis.ExistsAsync("user:100") && !await run.Redis.ExistsAsync("user:101"), "user:1–100 are not exactly what was cached");
            });
            await run.StatementsAsync("POST /cache/warmup", 1, _ => run.Http.PostAsync("/cache/warmup?count=10", run.Cancellation));
            await run.CheckAsync("DELETE /cache/flush: {\"message\":\"Cache flushed\"} and an empty Redis database", async () =>
            {
                var response = await run.Http.DeleteAsync("/cache/flush", run.Cancellation);
                var left = await run.Redis.DatabaseSizeAsync();
                return response.ExpectJson(200, Expect.Object(("message", Expect.String("Cache flushed")))).Require(left == 0, $"{left} keys are left");
            });
            await run.StatementsAsync("DELETE /cache/flush", 0, _ => run.Http.DeleteAsync("/cache/flush", run.Cancellation));
        }
        finally
        {
            await run.ResetAsync(new RedisReset());
        }
    }

    private static ObjectExpectation Lookup(string source, long id, string name, string email) => Expect.Object(
        ("source", Expect.String(source)),
        ("user_id", Expect.Int(id)),
        ("name", Expect.String(name)),
        ("email", Expect.String(email)),
        ("elapsed_ms", Expect.NumberAtLeast(0)));

    /// <summary>§2.4: <c>user:{id}</c> holds compact <c>{"id","name","email"}</c> with a TTL of at most 300 s.</summary>
    private static async Task<Verdict> CachedValueAsync(VerifyRun run, string key, OwnUsers.UserRow user)
    {
        var value = await run.Redis.GetAsync(key);
        if (value is null)
        {
            return Verdict.Fail($"{key} is not in Redis");
        }
        var verdict = new Verdict();
        try
        {
            using var document = JsonDocument.Parse(value);
            Expect.Object(("id", Expect.Int(user.Id)), ("name", Expect.String(user.Name)), ("email", Expect.String(user.Email)))
                .Match(document.RootElement, key, verdict);
        }
        catch (JsonException)
        {
            return Verdict.Fail($"{key} holds {value}, not JSON");
        }
        verdict.Require(!value.Contains(": ", StringComparison.Ordinal) && !value.Contains('\n', StringComparison.Ordinal), $"{key} is not compact JSON: {value}");
        var ttl = await run.Redis.TimeToLiveAsync(key);
        return verdict.Require(ttl is { } left && left > TimeSpan.FromSeconds(TtlSeconds - 10) && left <= TimeSpan.FromSeconds(TtlSeconds),
            $"{key} has TTL {(ttl is null ? "none" : $"{ttl.Value.TotalSeconds:0} s")}, expected {TtlSeconds} s (EX {TtlSeconds}) just after it was set");
    }
}
