using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace MinimalServer.Tests;

/// <summary>The server over real HTTP, PostgreSQL and Redis: edges that a contract check alone would not pin down.</summary>
public sealed class ServerBehaviourTests(RunningServer server) : IClassFixture<RunningServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Json_nested_64_levels_is_accepted_and_65_is_a_400()
    {
        // depth containers in all: the root object, depth − 2 objects under "data", and an empty innermost one.
        static string Nested(int depth) => """{"message":"m","data":""" + string.Concat(Enumerable.Repeat("""{"a":""", depth - 2)) + "{}" + new string('}', depth - 2) + "}";

        var accepted = await server.Client.PostAsync("/echo", Http.Json(Nested(64)), Token);
        var refused = await server.Client.PostAsync("/echo", Http.Json(Nested(65)), Token);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var problem = await Http.AssertProblem(refused, 400);
        Assert.Contains("64", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_returns_data_exactly_and_drops_other_members()
    {
        var response = await server.Client.PostAsync("/echo", Http.Json("""{"message":"Hello, benchmark!","timestamp":1,"data":{"items":[1,2,3],"nested":{"key":"välue"},"n":null}}"""), Token);

        Assert.Equal("""{"message":"Hello, benchmark!","data":{"items":[1,2,3],"nested":{"key":"välue"},"n":null}}""", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task An_echo_body_over_one_mebibyte_is_a_413()
    {
        var big = """{"message":" """ + new string('x', 1024 * 1024) + "\"}";
        await Http.AssertProblem(await server.Client.PostAsync("/echo", Http.Json(big), Token), 413);
    }

    [Fact]
    public async Task The_canonical_upload_reports_size_and_sha256()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes(new string('x', 1024)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "test.txt");
        form.Add(new StringContent("ignored"), "other");

        var body = await Http.JsonOf(await server.Client.PostAsync("/upload", form, Token));

        Assert.Equal("test.txt", body.GetProperty("filename").GetString());
        Assert.Equal(1024, body.GetProperty("size").GetInt64());
        Assert.Equal("text/plain", body.GetProperty("content_type").GetString());
        Assert.Equal("49abd65bbf7f7e40c7055093ed2e3fd75f2f602f2c5fcf955c213e3135eb03f7", body.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Uploads_over_ten_mebibytes_without_a_file_part_or_not_multipart_are_refused()
    {
        using var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]), "file", "big.bin" } };
        await Http.AssertProblem(await server.Client.PostAsync("/upload", big, Token), 413);
        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "document", "a.txt" } };
        await Http.AssertProblem(await server.Client.PostAsync("/upload", noFile, Token), 422);
        await Http.AssertProblem(await server.Client.PostAsync("/upload", Http.Json("{}"), Token), 415);
    }

    [Fact]
    public async Task Unknown_routes_wrong_methods_and_non_integer_ids_are_problems()
    {
        await Http.AssertProblem(await server.Client.GetAsync("/nowhere", Token), 404);
        await Http.AssertProblem(await server.Client.GetAsync("/users/abc", Token), 404);
        await Http.AssertProblem(await server.Client.GetAsync("/users/2147483648", Token), 404);
        await Http.AssertProblem(await server.Client.GetAsync("/users/-1", Token), 404);
        await Http.AssertProblem(await server.Client.DeleteAsync("/health", Token), 405);
    }

    [Fact]
    public async Task A_duplicate_email_is_a_409_and_writes_nothing()
    {
        var before = await CountUsersAsync();
        var response = await server.Client.PostAsync("/users", Http.Json("""{"name":"Dup","email":"user1@benchmark.com"}"""), Token);

        await Http.AssertProblem(response, 409);
        Assert.Equal(before, await CountUsersAsync());
    }

    [Fact]
    public async Task Expired_forged_unsigned_and_wrong_algorithm_tokens_are_401_with_a_bearer_challenge()
    {
        var secret = server.Settings.JwtSecret;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var tokens = new[]
        {
            Jwt("HS256", secret, now - 1860, now - 60),
            Jwt("HS256", Encoding.UTF8.GetBytes("another-secret-that-is-long-enough-for-hs256"), now, now + 1800),
            Jwt("none", null, now, now + 1800),
            Jwt("HS512", secret, now, now + 1800),
            "not.a.jwt",
        };
        foreach (var token in tokens)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/auth/protected/jwt") { Headers = { Authorization = Http.Bearer(token) } };
            var response = await server.Client.SendAsync(request, Token);
            await Http.AssertProblem(response, 401);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
        using var valid = new HttpRequestMessage(HttpMethod.Get, "/auth/protected/jwt") { Headers = { Authorization = Http.Bearer(Jwt("HS256", secret, now, now + 1800)) } };
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(valid, Token)).StatusCode);
    }

    [Fact]
    public async Task A_cache_miss_stores_the_user_for_300_seconds_and_the_next_read_hits()
    {
        var first = await Http.JsonOf(await server.Client.GetAsync("/cache/users/4321/cached", Token));
        var second = await Http.JsonOf(await server.Client.GetAsync("/cache/users/4321/cached", Token));

        Assert.Equal("database", first.GetProperty("source").GetString());
        Assert.Equal("cache", second.GetProperty("source").GetString());
        await using var redis = await ConnectionMultiplexer.ConnectAsync(server.Redis.Endpoint.ToStackExchange());
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync("user:4321");
        Assert.InRange(ttl!.Value.TotalSeconds, 290, 300);
        Assert.Equal("""{"id":4321,"name":"User4321","email":"user4321@benchmark.com"}""", (string?)await redis.GetDatabase().StringGetAsync("user:4321"));
    }

    [Fact]
    public async Task The_access_log_chain_echoes_a_valid_request_id_and_replaces_an_invalid_one()
    {
        using var kept = new HttpRequestMessage(HttpMethod.Get, "/protected") { Headers = { Authorization = Http.Bearer("test-token-12345") } };
        kept.Headers.Add("X-Request-Id", "req-1-2");
        using var replaced = new HttpRequestMessage(HttpMethod.Get, "/protected") { Headers = { Authorization = Http.Bearer("test-token-12345") } };
        replaced.Headers.TryAddWithoutValidation("X-Request-Id", new string('a', 200));

        var keptResponse = await server.Client.SendAsync(kept, Token);
        var replacedResponse = await server.Client.SendAsync(replaced, Token);

        Assert.Equal("req-1-2", keptResponse.Headers.GetValues("X-Request-Id").Single());
        Assert.Matches("^[0-9a-f]{32}$", replacedResponse.Headers.GetValues("X-Request-Id").Single());
        Assert.Equal("""{"message":"Access granted","user":"user_from_token_test-tok"}""", await keptResponse.Content.ReadAsStringAsync(Token));
    }

    private async Task<long> CountUsersAsync()
    {
        await using var connection = await server.Database.OpenAsync(Token);
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM users", connection);
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }

    private static string Jwt(string algorithm, byte[]? key, long issuedAt, long expires)
    {
        static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var unsigned = Encode($$"""{"alg":"{{algorithm}}","typ":"JWT"}""") + "." + Encode($$"""{"sub":"1","email":"user1@benchmark.com","iat":{{issuedAt}},"exp":{{expires}}}""");
        if (key is null)
        {
            return unsigned + ".";
        }
        var signature = algorithm == "HS512" ? HMACSHA512.HashData(key, Encoding.ASCII.GetBytes(unsigned)) : HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned));
        return unsigned + "." + Convert.ToBase64String(signature).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
