using System.Text.Json;
using System.Text.RegularExpressions;
using BenchLab.Servers.Verification.Auth;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.8: the public lookup, JWT login (HS256, sub/email/iat/exp = iat + 1800) and the protected route,
/// session login (43-character token, session:{token} = user id for 1800 s) and its protected route, and every
/// rejection — missing, malformed, expired, forged, alg=none and HS384 tokens, unknown sessions, users that are
/// gone — as 401 problem+json with WWW-Authenticate: Bearer.
/// </summary>
public sealed partial class AuthChecks : CheckGroup
{
    public override string Name => "auth";

    public override string Section => "§3.8";

    public override IReadOnlyList<string> Scenarios => ["17-a", "17-b", "17-c", "20"];

    public override async Task RunAsync(VerifyRun run)
    {
        var user = await OwnUsers.CreateAsync(run, "auth");
        if (run.Implements("17-a"))
        {
            await PublicAsync(run, user);
        }
        if (run.Implements("17-b", "20"))
        {
            await JwtAsync(run, user);
        }
        if (run.Implements("17-c"))
        {
            await SessionAsync(run, user);
        }
    }

    private static async Task PublicAsync(VerifyRun run, OwnUsers.UserRow user)
    {
        await run.CheckAsync("GET /auth/public: user 1 by default, unauthenticated", async () =>
            (await run.Http.GetAsync("/auth/public", run.Cancellation)).ExpectJson(200, Public(1, "user1@benchmark.com")));
        await run.CheckAsync("GET /auth/public?user_id={id}: that user's email", async () =>
            (await run.Http.GetAsync($"/auth/public?user_id={user.Id}", run.Cancellation)).ExpectJson(200, Public(user.Id, user.Email)));
        await run.CheckAsync("GET /auth/public?user_id={missing}: 404 problem+json", async () =>
            (await run.Http.GetAsync($"/auth/public?user_id={await OwnUsers.MissingIdAsync(run)}", run.Cancellation)).ExpectProblem(404));
        await run.StatementsAsync("GET /auth/public", 1, _ => run.Http.GetAsync("/auth/public?user_id=1", run.Cancellation));
    }

    private static async Task JwtAsync(VerifyRun run, OwnUsers.UserRow user)
    {
        string? issued = null;
        await run.CheckAsync("POST /auth/login/jwt?user_id={id}: an HS256 JWT with sub, email, iat and exp = iat + 1800, signed with JWT_SECRET", async () =>
        {
            var response = await run.Http.PostAsync($"/auth/login/jwt?user_id={user.Id}", run.Cancellation);
            var verdict = response.ExpectJson(200, Expect.Object(("access_token", Expect.AnyString), ("token_type", Expect.String("bearer")), ("elapsed_ms", Expect.NumberAtLeast(0))));
            if (!verdict.Passed)
            {
                return verdict;
            }
            issued = response.Json!.Value.GetProperty("access_token").GetString()!;
            return verdict.Include(TokenContents(run, issued, user));
        });
        await run.CheckAsync("GET /auth/protected/jwt with the issued token: the user", async () =>
        {
            var token = issued ?? run.Tokens.Valid(user.Id, user.Email);
            return (await ProtectedJwt(run, token)).ExpectJson(200, Protected("jwt", user));
        });
        await run.CheckAsync("GET /auth/protected/jwt with a token verify signed with JWT_SECRET: the user", async () =>
            (await ProtectedJwt(run, run.Tokens.Valid(user.Id, user.Email))).ExpectJson(200, Protected("jwt", user)));
        await run.CheckAsync("POST /auth/login/jwt?user_id={missing}: 401 problem+json", async () =>
            (await run.Http.PostAsync($"/auth/login/jwt?user_id={await OwnUsers.MissingIdAsync(run)}", run.Cancellation)).ExpectUnauthorized());

        var gone = await OwnUsers.MissingIdAsync(run);
        foreach (var (label, header) in new (string, string?)[]
        {
            ("no Authorization header", null),
            ("a Basic credential", "Basic dXNlcjpwYXNz"),
            ("'Bearer' without a token", "Bearer"),
            ("a token that is not a JWT", "Bearer not-a-jwt-at-all"),
            ("a JWT whose exp passed 60 s ago", $"Bearer {run.Tokens.Expired(user.Id, user.Email)}"),
            ("a JWT signed with another secret", $"Bearer {run.Tokens.Forged(user.Id, user.Email)}"),
            ("a JWT with alg none", $"Bearer {TestTokens.AlgorithmNone(user.Id, user.Email)}"),
            ("an HS384 JWT", $"Bearer {run.Tokens.OtherAlgorithm(user.Id, user.Email)}"),
            ("a valid JWT of a user that is gone", $"Bearer {run.Tokens.Valid(gone, "gone@verify.test")}"),
        })
        {
            await run.CheckAsync($"GET /auth/protected/jwt with {label}: 401 problem+json, WWW-Authenticate: Bearer", async () =>
            {
                (string, string)[] headers = header is null ? [] : [("Authorization", header)];
                return (await run.Http.GetAsync("/auth/protected/jwt", run.Cancellation, headers)).ExpectUnauthorized();
            });
        }
        await run.StatementsAsync("POST /auth/login/jwt", 1, _ => run.Http.PostAsync($"/auth/login/jwt?user_id={user.Id}", run.Cancellation));
        await run.StatementsAsync("GET /auth/protected/jwt", 1, _ => ProtectedJwt(run, run.Tokens.Valid(user.Id, user.Email)));
    }

    private static async Task SessionAsync(VerifyRun run, OwnUsers.UserRow user)
    {
        string? token = null;
        await run.CheckAsync("POST /auth/login/session?user_id={id}: a 43-character base64url token; session:{token} holds the id for 1800 s", async () =>
        {
            var response = await run.Http.PostAsync($"/auth/login/session?user_id={user.Id}", run.Cancellation);
            var verdict = response.ExpectJson(200, Expect.Object(
                ("session_token", Expect.StringWhere("43 base64url characters", text => SessionToken().IsMatch(text) ? null : "expected 32 random bytes as base64url without padding (43 characters)")),
                ("token_type", Expect.String("session")),
                ("elapsed_ms", Expect.NumberAtLeast(0))));
            if (!verdict.Passed)
            {
                return verdict;
            }
            token = response.Json!.Value.GetProperty("session_token").GetString()!;
            var key = $"session:{token}";
            run.Footprint.TrackRedisKey(key);
            var stored = await run.Redis.GetAsync(key);
            var ttl = await run.Redis.TimeToLiveAsync(key);
            return verdict
                .Require(stored == user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{key} holds {stored ?? "nothing"}, expected {user.Id}")
                .Require(ttl is { } left && left > TimeSpan.FromSeconds(1790) && left <= TimeSpan.FromSeconds(1800), $"{key} has TTL {ttl?.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, expected 1800 s");
        });
        await run.CheckAsync("two logins get different session tokens", async () =>
        {
            var first = await run.Http.PostAsync($"/auth/login/session?user_id={user.Id}", run.Cancellation);
            var second = await run.Http.PostAsync($"/auth/login/session?user_id={user.Id}", run.Cancellation);
            var tokens = new[] { first, second }.Select(response => JsonMembers.Text(response.Json, "session_token")).ToList();
            tokens.Where(value => value is not null).ToList().ForEach(value => run.Footprint.TrackRedisKey($"session:{value}"));
            return Verdict.Pass.Require(tokens[0] is not null && tokens[1] is not null && tokens[0] != tokens[1], "the two tokens are equal or missing");
        });
        await run.CheckAsync("GET /auth/protected/session with the issued token: the user", async () =>
            (await ProtectedSession(run, token ?? "none")).ExpectJson(200, Protected("session", user)));
        await run.CheckAsync("POST /auth/login/session?user_id={missing}: 401 problem+json", async () =>
            (await run.Http.PostAsync($"/auth/login/session?user_id={await OwnUsers.MissingIdAsync(run)}", run.Cancellation)).ExpectUnauthorized());

        var goneToken = $"verify{run.Footprint.Tag}gone".PadRight(43, 'g');
        run.Footprint.TrackRedisKey($"session:{goneToken}");
        await run.Redis.SetAsync($"session:{goneToken}", (await OwnUsers.MissingIdAsync(run)).ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromMinutes(5));
        foreach (var (label, header) in new (string, string?)[]
        {
            ("no Authorization header", null),
            ("a Basic credential", "Basic dXNlcjpwYXNz"),
            ("an unknown session token", $"Bearer verify{run.Footprint.Tag}unknownsessiontokenxxxxxxxxxxx"),
            ("the session of a user that is gone", $"Bearer {goneToken}"),
        })
        {
            await run.CheckAsync($"GET /auth/protected/session with {label}: 401 problem+json, WWW-Authenticate: Bearer", async () =>
            {
                (string, string)[] headers = header is null ? [] : [("Authorization", header)];
                return (await run.Http.GetAsync("/auth/protected/session", run.Cancellation, headers)).ExpectUnauthorized();
            });
        }
        await run.StatementsAsync("POST /auth/login/session", 1, async _ =>
        {
            var response = await run.Http.PostAsync($"/auth/login/session?user_id={user.Id}", run.Cancellation);
            if (JsonMembers.Text(response.Json, "session_token") is { } issued)
            {
                run.Footprint.TrackRedisKey($"session:{issued}");
            }
            return response;
        });
        await run.StatementsAsync("GET /auth/protected/session", 1, _ => ProtectedSession(run, token ?? "none"));
        await LogoutAsync(run, user);
    }

    /// <summary>contract §9.4: logout deletes the session (204), after which the token is refused everywhere (401).</summary>
    private static async Task LogoutAsync(VerifyRun run, OwnUsers.UserRow user)
    {
        var login = await run.Http.PostAsync($"/auth/login/session?user_id={user.Id}", run.Cancellation);
        var token = JsonMembers.Text(login.Json, "session_token");
        if (token is not null)
        {
            run.Footprint.TrackRedisKey($"session:{token}");
        }
        (string, string)[] bearer = [("Authorization", $"Bearer {token ?? "none"}")];
        await run.CheckAsync("POST /auth/logout/session with a live session: 204, session:{token} deleted", async () =>
        {
            var response = await run.Http.PostAsync("/auth/logout/session", run.Cancellation, bearer);
            return new Verdict()
                .Require(token is not null, $"the login before it failed: {login.Request}: status {login.Status} ({login.Preview})")
                .Require(response.Status == 204, $"{response.Request}: status {response.Status}, expected 204 ({response.Preview})")
                .Require(response.Body.Length == 0, $"{response.Request}: a 204 carries no body, got {response.Body.Length} bytes")
                .Require(await run.Redis.GetAsync($"session:{token}") is null, $"session:{token} still exists after logout");
        });
        await run.CheckAsync("the token after logout: GET /auth/protected/session and a second logout are 401", async () =>
            (await ProtectedSession(run, token ?? "none")).ExpectUnauthorized()
                .Include((await run.Http.PostAsync("/auth/logout/session", run.Cancellation, bearer)).ExpectUnauthorized()));
        foreach (var (label, header) in new (string, string?)[] { ("no Authorization header", null), ("a Basic credential", "Basic dXNlcjpwYXNz") })
        {
            await run.CheckAsync($"POST /auth/logout/session with {label}: 401 problem+json, WWW-Authenticate: Bearer", async () =>
            {
                (string, string)[] headers = header is null ? [] : [("Authorization", header)];
                return (await run.Http.PostAsync("/auth/logout/session", run.Cancellation, headers)).ExpectUnauthorized();
            });
        }
    }

    private static Verdict TokenContents(VerifyRun run, string token, OwnUsers.UserRow user)
    {
        var decoded = TestTokens.Decode(token);
        if (decoded is null)
        {
            return Verdict.Fail($"access_token is not a compact JWT: {token}");
        }
        var (header, payload) = decoded.Value;
        var verdict = new Verdict();
        Expect.Object(("alg", Expect.String("HS256")), ("typ", Expect.String("JWT"))).Match(header, "header", verdict);
        var now = TestTokens.Now();
        Expect.Object(
            ("sub", Expect.String(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ("email", Expect.String(user.Email)),
            ("iat", Expect.IntWhere("now", iat => Math.Abs(iat - now) <= 60 ? null : $"iat {iat} is not now ({now})")),
            ("exp", Expect.IntWhere("iat + 1800", exp => payload.TryGetProperty("iat", out var iat) && iat.ValueKind == JsonValueKind.Number && exp == iat.GetInt64() + TestTokens.LifetimeSeconds ? null : $"exp {exp} is not iat + {TestTokens.LifetimeSeconds}")))
            .Match(payload, "payload", verdict);
        return verdict.Require(run.Tokens.HasValidSignature(token), "the signature does not verify with JWT_SECRET (HMAC-SHA256 over the UTF-8 bytes of the secret)");
    }

    private static Task<ContractResponse> ProtectedJwt(VerifyRun run, string token) =>
        run.Http.GetAsync("/auth/protected/jwt", run.Cancellation, ("Authorization", $"Bearer {token}"));

    private static Task<ContractResponse> ProtectedSession(VerifyRun run, string token) =>
        run.Http.GetAsync("/auth/protected/session", run.Cancellation, ("Authorization", $"Bearer {token}"));

    private static ObjectExpectation Public(long id, string email) => Expect.Object(
        ("message", Expect.String("public endpoint")),
        ("authenticated", Expect.Bool(false)),
        ("auth_type", Expect.String("none")),
        ("user_id", Expect.Int(id)),
        ("email", Expect.String(email)),
        ("elapsed_ms", Expect.NumberAtLeast(0)));

    private static ObjectExpectation Protected(string type, OwnUsers.UserRow user) => Expect.Object(
        ("message", Expect.String("protected resource")),
        ("auth_type", Expect.String(type)),
        ("user_id", Expect.Int(user.Id)),
        ("email", Expect.String(user.Email)),
        ("elapsed_ms", Expect.NumberAtLeast(0)));

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex SessionToken();
}
