using BenchLab.Servers.Verification.Expectations;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// The users routes of contract §3.1: the list (ORDER BY id, limit/offset), one user, create, partial update and
/// delete. Reads are compared with the seed rules; writes act only on users verify creates (ids above 100,000).
/// </summary>
public sealed class UsersChecks : CheckGroup
{
    public override string Name => "users";

    public override string Section => "§3.1";

    public override IReadOnlyList<string> Scenarios => ["03", "04", "08"];

    public override async Task RunAsync(VerifyRun run)
    {
        await ListAsync(run);
        await ReadOneAsync(run);
        await CreateAsync(run);
        await UpdateAsync(run);
        await DeleteAsync(run);
    }

    private static async Task ListAsync(VerifyRun run)
    {
        await run.CheckAsync("GET /users: the default page is users 1–1000 exactly as seeded, in id order", async () =>
            (await run.Http.GetAsync("/users", run.Cancellation)).ExpectJson(200, Expect.Array(SeedRows.UsersFrom(1, 1000))));
        await run.CheckAsync("GET /users?limit=5&offset=10: users 11–15", async () =>
            (await run.Http.GetAsync("/users?limit=5&offset=10", run.Cancellation)).ExpectJson(200, Expect.Array(SeedRows.UsersFrom(11, 5))));
        await run.CheckAsync("GET /users?limit=1: user 1 (§2.5: User1, user1@benchmark.com, 2025-12-31T21:48:01)", async () =>
            (await run.Http.GetAsync("/users?limit=1", run.Cancellation)).ExpectJson(200, Expect.Array([Fixture(1, "2025-12-31T21:48:01")])));
        await run.CheckAsync("GET /users?limit=1000&offset=99000: the last seeded thousand, then any later rows", async () =>
        {
            var expected = await OwnUsers.PageAsync(run, 99_000, 1000);
            return (await run.Http.GetAsync("/users?limit=1000&offset=99000", run.Cancellation)).ExpectJson(200, Expect.Array(expected.Select(user => (JsonExpectation)user.Expected)));
        });
        await run.CheckAsync("GET /users?limit=2&unknown=1: unknown parameters are ignored", async () =>
            (await run.Http.GetAsync("/users?limit=2&unknown=1", run.Cancellation)).ExpectJson(200, Expect.Array(SeedRows.UsersFrom(1, 2))));
        await run.CheckAsync("GET /users?offset past the end: an empty array", async () =>
            (await run.Http.GetAsync("/users?offset=10000000", run.Cancellation)).ExpectJson(200, Expect.Array([])));
        await run.StatementsAsync("GET /users", 1, _ => run.Http.GetAsync("/users", run.Cancellation));
    }

    private static async Task ReadOneAsync(VerifyRun run)
    {
        await run.CheckAsync("GET /users/42: row 42 exactly as the seed rule defines it", async () =>
            (await run.Http.GetAsync("/users/42", run.Cancellation)).ExpectJson(200, SeedRows.User(42)));
        foreach (var (id, createdAt) in new[] { (1, "2025-12-31T21:48:01"), (1000, "2025-12-30T08:16:40"), (100_000, "2025-12-16T11:46:40") })
        {
            await run.CheckAsync($"GET /users/{id}: the §2.5 fixture (created_at {createdAt})", async () =>
                (await run.Http.GetAsync($"/users/{id}", run.Cancellation)).ExpectJson(200, Fixture(id, createdAt)));
        }
        await run.CheckAsync("GET /users/{missing id}: 404 problem+json", async () =>
            (await run.Http.GetAsync($"/users/{await OwnUsers.MissingIdAsync(run)}", run.Cancellation)).ExpectProblem(404));
        await run.CheckAsync("GET /users/2147483647 (the largest int32, no such row): 404 problem+json", async () =>
            (await run.Http.GetAsync("/users/2147483647", run.Cancellation)).ExpectProblem(404));
        await run.StatementsAsync("GET /users/{id}", 1, i => run.Http.GetAsync($"/users/{40 + i}", run.Cancellation));
    }

    private static async Task CreateAsync(VerifyRun run)
    {
        await run.CheckAsync("POST /users: 201 and the new User as stored, with an id above 100,000", async () =>
        {
            var (name, email) = (run.Footprint.NextName("created"), run.Footprint.NextEmail());
            var response = await Post(run, $$"""{"name":"{{name}}","email":"{{email}}"}""");
            return await StoredAsync(run, response, 201, name, email);
        });
        await run.CheckAsync("POST /users: unknown members are dropped", async () =>
        {
            var (name, email) = (run.Footprint.NextName("extra"), run.Footprint.NextEmail());
            var response = await Post(run, $$"""{"name":"{{name}}","email":"{{email}}","role":"admin","id":1}""");
            return await StoredAsync(run, response, 201, name, email);
        });
        await run.CheckAsync("POST /users: a 100-character name and a 255-character email are accepted", async () =>
        {
            var name = (run.Footprint.NextName("long") + new string('n', 100))[..100];
            var email = run.Footprint.EmailPrefix + new string('e', 255 - run.Footprint.EmailPrefix.Length - "@verify.test".Length) + "@verify.test";
            var response = await Post(run, $$"""{"name":"{{name}}","email":"{{email}}"}""");
            return await StoredAsync(run, response, 201, name, email);
        });
        await run.CheckAsync("POST /users: an email that exists gets 409 problem+json and adds no row", async () =>
        {
            var count = await OwnUsers.CountAsync(run);
            var response = await Post(run, $$"""{"name":"{{run.Footprint.NextName("duplicate")}}","email":"user42@benchmark.com"}""");
            return response.ExpectProblem(409).Require(await OwnUsers.CountAsync(run) == count, "a row was added all the same");
        });
        await run.StatementsAsync("POST /users", 1, _ => Post(run, $$"""{"name":"{{run.Footprint.NextName("profiled")}}","email":"{{run.Footprint.NextEmail()}}"}"""));
    }

    private static async Task UpdateAsync(VerifyRun run)
    {
        var user = await OwnUsers.CreateAsync(run, "update");
        await run.CheckAsync("PUT /users/{id} {name}: the name changes, the email stays", async () =>
        {
            var name = run.Footprint.NextName("renamed");
            var response = await Put(run, user.Id, $$"""{"name":"{{name}}"}""");
            return await StoredAsync(run, response, 200, name, user.Email, user.Id);
        });
        await run.CheckAsync("PUT /users/{id} {email}: the email changes, the name stays", async () =>
        {
            var before = await OwnUsers.FindAsync(run, user.Id);
            var email = run.Footprint.NextEmail();
            var response = await Put(run, user.Id, $$"""{"email":"{{email}}"}""");
            return await StoredAsync(run, response, 200, before!.Name, email, user.Id);
        });
        await run.CheckAsync("PUT /users/{id} {name, email}: both change", async () =>
        {
            var (name, email) = (run.Footprint.NextName("both"), run.Footprint.NextEmail());
            var response = await Put(run, user.Id, $$"""{"name":"{{name}}","email":"{{email}}"}""");
            return await StoredAsync(run, response, 200, name, email, user.Id);
        });
        await run.CheckAsync("PUT /users/{id} with another user's email: 409 problem+json, the row unchanged", async () =>
        {
            var before = await OwnUsers.FindAsync(run, user.Id);
            var response = await Put(run, user.Id, """{"email":"user42@benchmark.com"}""");
            return response.ExpectProblem(409).Require(await OwnUsers.FindAsync(run, user.Id) == before, "the row changed all the same");
        });
        await run.CheckAsync("PUT /users/{missing id}: 404 problem+json", async () =>
            (await Put(run, await OwnUsers.MissingIdAsync(run), """{"name":"Nobody"}""")).ExpectProblem(404));
        await run.StatementsAsync("PUT /users/{id}", 1, i => Put(run, user.Id, $$"""{"name":"{{run.Footprint.NextName("profiled")}}"}"""));
    }

    private static async Task DeleteAsync(VerifyRun run)
    {
        await run.CheckAsync("DELETE /users/{id}: 204 without a body, and the row is gone", async () =>
        {
            var user = await OwnUsers.CreateAsync(run, "delete");
            var response = await run.Http.DeleteAsync($"/users/{user.Id}", run.Cancellation);
            return response.ExpectNoContent().Require(await OwnUsers.FindAsync(run, user.Id) is null, $"user {user.Id} is still there");
        });
        await run.CheckAsync("DELETE /users/{id} of a deleted user: 404 problem+json", async () =>
        {
            var user = await OwnUsers.CreateAsync(run, "delete-twice");
            await run.Http.DeleteAsync($"/users/{user.Id}", run.Cancellation);
            return (await run.Http.DeleteAsync($"/users/{user.Id}", run.Cancellation)).ExpectProblem(404);
        });
        var doomed = new List<int>();
        await run.StatementsAsync("DELETE /users/{id}", 1,
            i => run.Http.DeleteAsync($"/users/{doomed[i]}", run.Cancellation),
            async i => doomed.Add((await OwnUsers.CreateAsync(run, "profiled-delete")).Id));
    }

    private static ObjectExpectation Fixture(int id, string createdAt) => Expect.Object(
        ("id", Expect.Int(id)),
        ("name", Expect.String($"User{id}")),
        ("email", Expect.String($"user{id}@benchmark.com")),
        ("created_at", Expect.Timestamp(DateTime.Parse(createdAt, System.Globalization.CultureInfo.InvariantCulture))));

    private static Task<ContractResponse> Post(VerifyRun run, string json) => run.Http.SendJsonAsync(HttpMethod.Post, "/users", json, run.Cancellation);

    private static Task<ContractResponse> Put(VerifyRun run, int id, string json) => run.Http.SendJsonAsync(HttpMethod.Put, $"/users/{id}", json, run.Cancellation);

    /// <summary>The response is the User the database now holds, with the given name and email (and id, when known).</summary>
    private static async Task<Verdict> StoredAsync(VerifyRun run, ContractResponse response, int status, string name, string email, int? id = null)
    {
        var shape = Expect.Object(
            ("id", id is { } known ? Expect.Int(known) : Expect.IntWhere("an id above 100,000", value => value > 100_000 ? null : $"expected a new id above 100,000, got {value}")),
            ("name", Expect.String(name)), ("email", Expect.String(email)), ("created_at", Expect.AnyTimestamp));
        var verdict = response.ExpectJson(status, shape);
        if (!verdict.Passed || response.Json?.GetProperty("id").GetInt64() is not { } storedId)
        {
            return verdict;
        }
        var stored = await OwnUsers.FindAsync(run, storedId);
        if (stored is null)
        {
            return verdict.Add($"user {storedId} is not in the database");
        }
        stored.Expected.Match(response.Json!.Value, "$", verdict);
        return verdict;
    }
}
