using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.11 on a user of verify's own: log in, read the profile, rename it (UPDATE … RETURNING, then DEL
/// of its cache key), with 401 for bad tokens and 404 for a user that is gone; one statement per request.
/// </summary>
public sealed class FlowChecks : CheckGroup
{
    public override string Name => "flow";

    public override string Section => "§3.11";

    public override IReadOnlyList<string> Scenarios => ["20"];

    public override async Task RunAsync(VerifyRun run)
    {
        var user = await OwnUsers.CreateAsync(run, "flow");
        var token = await LoginAsync(run, user);
        await run.CheckAsync("GET /flow/profile: the logged-in user", async () =>
            (await Profile(run, token)).ExpectJson(200, user.Expected));
        await run.CheckAsync("PATCH /flow/profile {name}: the renamed user as stored, and its cache key deleted", async () =>
        {
            var key = $"user:{user.Id}";
            run.Footprint.TrackRedisKey(key);
            await run.Redis.SetAsync(key, $$"""{"id":{{user.Id}},"name":"stale","email":"{{user.Email}}"}""", TimeSpan.FromMinutes(5));
            var name = run.Footprint.NextName("patched");
            var response = await Patch(run, token, $$"""{"name":"{{name}}"}""");
            var stored = await OwnUsers.FindAsync(run, user.Id);
            return response.ExpectJson(200, (user with { Name = name }).Expected)
                .Require(stored?.Name == name, $"the database holds name '{stored?.Name}', expected '{name}'")
                .Require(!await run.Redis.ExistsAsync(key), $"{key} was not deleted after the update");
        });
        await run.CheckAsync("PATCH /flow/profile with a 100-character name is accepted", async () =>
        {
            var name = (run.Footprint.NextName("long") + new string('n', 100))[..100];
            return (await Patch(run, token, $$"""{"name":"{{name}}"}""")).ExpectJson(200, (user with { Name = name }).Expected);
        });
        await RejectionsAsync(run, user);
        await run.StatementsAsync("GET /flow/profile", 1, _ => Profile(run, token));
        await run.StatementsAsync("PATCH /flow/profile", 1, _ => Patch(run, token, $$"""{"name":"{{run.Footprint.NextName("profiled")}}"}"""));
    }

    private static async Task RejectionsAsync(VerifyRun run, OwnUsers.UserRow user)
    {
        await run.CheckAsync("GET /flow/profile without a token: 401 problem+json, WWW-Authenticate: Bearer", async () =>
            (await run.Http.GetAsync("/flow/profile", run.Cancellation)).ExpectUnauthorized());
        await run.CheckAsync("GET /flow/profile with a forged token: 401 problem+json", async () =>
            (await Profile(run, run.Tokens.Forged(user.Id, user.Email))).ExpectUnauthorized());
        await run.CheckAsync("GET /flow/profile with an expired token: 401 problem+json", async () =>
            (await Profile(run, run.Tokens.Expired(user.Id, user.Email))).ExpectUnauthorized());
        await run.CheckAsync("PATCH /flow/profile without a token: 401 problem+json, and nothing changes", async () =>
        {
            var before = await OwnUsers.FindAsync(run, user.Id);
            var response = await run.Http.SendJsonAsync(HttpMethod.Patch, "/flow/profile", """{"name":"Intruder"}""", run.Cancellation);
            return response.ExpectUnauthorized().Require(await OwnUsers.FindAsync(run, user.Id) == before, "the row changed all the same");
        });
        var gone = await OwnUsers.MissingIdAsync(run);
        await run.CheckAsync("GET /flow/profile for a user that is gone: 404 problem+json", async () =>
            (await Profile(run, run.Tokens.Valid(gone, "gone@verify.test"))).ExpectProblem(404));
        await run.CheckAsync("PATCH /flow/profile for a user that is gone: 404 problem+json", async () =>
            (await Patch(run, run.Tokens.Valid(gone, "gone@verify.test"), """{"name":"Ghost"}""")).ExpectProblem(404));
    }

    /// <summary>Scenario 20's first step; falls back to a token verify signs when login itself is broken (the auth group reports that).</summary>
    private static async Task<string> LoginAsync(VerifyRun run, OwnUsers.UserRow user)
    {
        var response = await run.Http.PostAsync($"/auth/login/jwt?user_id={user.Id}", run.Cancellation);
        return response.Status == 200 && JsonMembers.Text(response.Json, "access_token") is { } issued
            ? issued
            : run.Tokens.Valid(user.Id, user.Email);
    }

    private static Task<ContractResponse> Profile(VerifyRun run, string token) =>
        run.Http.GetAsync("/flow/profile", run.Cancellation, ("Authorization", $"Bearer {token}"));

    private static Task<ContractResponse> Patch(VerifyRun run, string token, string json) =>
        run.Http.SendJsonAsync(HttpMethod.Patch, "/flow/profile", json, run.Cancellation, ("Authorization", $"Bearer {token}"));
}
