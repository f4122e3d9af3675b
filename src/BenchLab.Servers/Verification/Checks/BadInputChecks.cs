using System.Globalization;
using BenchLab.Infra.Reset;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Lab;
using BenchLab.Servers.Verification.Routes;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §1.2–1.3 for every endpoint of the route catalog: malformed and out-of-range query integers (422),
/// path ids that are not positive int32 (404), unknown routes (404), wrong methods (405), refused bodies (400,
/// 413, 415, 422) — each as problem+json — and, around all of it, proof that nothing in PostgreSQL or Redis changed.
/// </summary>
public sealed class BadInputChecks : CheckGroup
{
    /// <summary>§1.2: signs, blanks, fractions, overflow or an empty value make a query integer invalid.</summary>
    private static readonly (string Shown, string Sent)[] MalformedIntegers =
    [
        ("+1", "%2B1"), ("1.5", "1.5"), (" 1", "%201"), ("1 ", "1%20"), ("", ""), ("abc", "abc"), ("1e3", "1e3"), ("0x10", "0x10"),
        ("99999999999999999999", "99999999999999999999"),
    ];

    private static readonly string[] UnknownRoutes =
    [
        "GET /nope", "GET /api/v1/users", "GET /users/42/posts", "GET /column-overhead/medium", "GET /n-plus-one/magic",
        "POST /bulk-operations/insert-magic?count=1&batch=verify-unknown", "POST /transactions/decrement/magic?product_id=5",
        "GET /aggregation/count/sql", "GET /aggregation/stats/city/raw", "GET /search/regex?q=kedimo", "GET /cache/users/42/maybe",
        "GET /auth/protected/basic",
    ];

    public override string Name => "bad-input";

    public override string Section => "§1.3";

    public override IReadOnlyList<string> Scenarios => ContractRoutes.All.SelectMany(route => route.Scenarios).Distinct().ToList();

    public override async Task RunAsync(VerifyRun run)
    {
        var routes = ContractRoutes.All.Where(route => run.Implements([.. route.Scenarios])).ToList();
        var victim = await OwnUsers.CreateAsync(run, "bad-input");
        var token = run.Tokens.Valid(victim.Id, victim.Email);
        var before = await DatabaseFingerprint.TakeAsync(run.Database, run.Cancellation);
        var keysBefore = await run.Redis.DatabaseSizeAsync();

        foreach (var route in routes)
        {
            await QueryIntegersAsync(run, route, token);
            if (route.HasPathId)
            {
                await PathIdsAsync(run, route, victim.Id);
            }
        }
        var implemented = run.Target.Implemented ?? run.Target.Scenarios;
        var served = ContractRoutes.All.Where(route => route.Scenarios.Any(implemented.Contains)).ToList();
        foreach (var path in routes.Select(route => route.Path).Distinct())
        {
            await WrongMethodsAsync(run, path, served.Where(route => route.Path == path).Select(route => route.Method).ToList(), token);
        }
        foreach (var unknown in UnknownRoutes)
        {
            await run.CheckAsync($"{unknown}: unknown route, 404 problem+json", async () =>
            {
                var (method, path) = (unknown.Split(' ')[0], unknown.Split(' ')[1]);
                return (await run.Http.SendAsync(new HttpMethod(method), path, null, run.Cancellation)).ExpectProblem(404);
            });
        }
        await BodiesAsync(run, routes, victim, token);
        await UnchangedAsync(run, before, keysBefore);
    }

    private static async Task QueryIntegersAsync(VerifyRun run, ContractRoute route, string token)
    {
        foreach (var parameter in route.Parameters)
        {
            var values = MalformedIntegers.Select(value => value)
                .Append((Text(parameter.Minimum - 1), Text(parameter.Minimum - 1)))
                .Concat(parameter.Maximum is { } maximum ? [(Text(maximum + 1), Text(maximum + 1))] : [])
                .ToList();
            var range = parameter.Maximum is { } top ? $"{parameter.Minimum}..{top}" : $"≥ {parameter.Minimum}";
            await run.CheckAsync($"{route.Describe}?{parameter.Name}= malformed ({string.Join(", ", MalformedIntegers.Select(value => $"'{value.Shown}'"))}) or outside {range}: 422 problem+json naming '{parameter.Name}'", async () =>
            {
                var verdict = new Verdict();
                foreach (var (_, sent) in values)
                {
                    var response = await Send(run, route, Query(run, route, parameter.Name, sent), token);
                    verdict.Include(response.ExpectProblem(422, naming: parameter.Name));
                }
                return verdict;
            });
        }
        if (route.Path == "/auth/login/jwt")
        {
            await run.CheckAsync("POST /auth/login/jwt without user_id (required): 422 problem+json naming 'user_id'", async () =>
                (await run.Http.PostAsync("/auth/login/jwt", run.Cancellation)).ExpectProblem(422, naming: "user_id"));
        }
        if (route.Path.StartsWith("/search/", StringComparison.Ordinal))
        {
            await run.CheckAsync($"{route.Describe} with q missing, blank or over 100 characters: 422 problem+json naming 'q'", async () =>
            {
                var verdict = new Verdict();
                foreach (var query in new[] { "", "?q=", "?q=%20%20%20", "?q=" + new string('a', 101) })
                {
                    verdict.Include((await run.Http.GetAsync(route.Path + query, run.Cancellation)).ExpectProblem(422, naming: "q"));
                }
                return verdict;
            });
        }
        if (route.Path.StartsWith("/bulk-operations/insert-", StringComparison.Ordinal) || route.Path.StartsWith("/bulk-operations/update-", StringComparison.Ordinal))
        {
            await run.CheckAsync($"{route.Describe} with batch missing, empty, over 64 characters or outside [A-Za-z0-9_-]: 422 problem+json naming 'batch'", async () =>
            {
                var verdict = new Verdict();
                foreach (var batch in new[] { null, "", new string('b', 65), "has%20space", "semi%3Bcolon", "verify%2Fslash" })
                {
                    var query = batch is null ? "?count=1" : $"?count=1&batch={batch}";
                    verdict.Include((await run.Http.PostAsync(route.Path + query, run.Cancellation)).ExpectProblem(422, naming: "batch"));
                }
                return verdict;
            });
        }
    }

    /// <summary>
    /// §1.3: a path id that is not a positive int32 is 404. Lax parses would land on <paramref name="ownId"/>, never
    /// on a seed row. A sign or blank around a valid id ("+42", " 42") is left out: §1.2 rules them out for query
    /// integers only, and ASP.NET's own int route constraint accepts them.
    /// </summary>
    private static async Task PathIdsAsync(VerifyRun run, ContractRoute route, int ownId)
    {
        var id = route.Method == "GET" ? 42 : ownId;
        var values = new[] { "0", "-1", "abc", $"{id}.5", $"{id}abc", "1e3", "2147483648" };
        await run.CheckAsync($"{route.Describe} with ids that are not positive int32 ({string.Join(", ", values)}): 404 problem+json", async () =>
        {
            var verdict = new Verdict();
            foreach (var value in values)
            {
                var content = route.Body == RouteBody.Json ? ContractClient.Body("""{"name":"Never Stored"}"""u8.ToArray(), "application/json") : null;
                verdict.Include((await run.Http.SendAsync(new HttpMethod(route.Method), route.Path.Replace("{id}", value, StringComparison.Ordinal), content, run.Cancellation)).ExpectProblem(404));
            }
            return verdict;
        });
    }

    private static async Task WrongMethodsAsync(VerifyRun run, string path, IReadOnlyList<string> allowed, string token)
    {
        var wrong = ContractRoutes.Methods.Except(allowed).Except(ContractRoutes.AmbiguousMethods(path)).ToList();
        var concrete = path.Replace("{id}", "42", StringComparison.Ordinal);
        await run.CheckAsync($"{string.Join(", ", wrong)} {path}: wrong method, 405 problem+json", async () =>
        {
            var verdict = new Verdict();
            foreach (var method in wrong)
            {
                verdict.Include((await run.Http.SendAsync(new HttpMethod(method), concrete, null, run.Cancellation, ("Authorization", $"Bearer {token}"))).ExpectProblem(405));
            }
            return verdict;
        });
    }

    private static async Task BodiesAsync(VerifyRun run, IReadOnlyList<ContractRoute> routes, OwnUsers.UserRow victim, string token)
    {
        var paths = routes.Select(route => route.Describe).ToHashSet();
        if (paths.Contains("POST /echo"))
        {
            await JsonRouteAsync(run, HttpMethod.Post, "/echo", """{"message":"m","data":{}}""", [],
            [
                BadBody.Json("message a number", """{"message":5}""", 422, "message"),
                BadBody.Json("message null", """{"message":null}""", 422, "message"),
                BadBody.Json("data an array", """{"message":"m","data":[1]}""", 422, "data"),
                BadBody.Json("data a string", """{"message":"m","data":"x"}""", 422, "data"),
                BadBody.Json("message missing", """{"data":{}}""", 422, "message"),
                BadBody.Json("an empty object", "{}", 422, "message"),
                new BadBody("1 MiB + 1 byte", System.Text.Encoding.UTF8.GetBytes(JsonBodies.EchoOfSize(JsonBodies.EchoLimitBytes + 1)), "application/json", 413),
            ]);
        }
        var email = run.Footprint.NextEmail();
        var longEmail = run.Footprint.EmailPrefix + new string('e', 256 - run.Footprint.EmailPrefix.Length - "@verify.test".Length) + "@verify.test";
        BadBody[] userValues =
        [
            BadBody.Json("name a number", $$"""{"name":5,"email":"{{email}}"}""", 422, "name"),
            BadBody.Json("email a boolean", """{"name":"N","email":true}""", 422, "email"),
            BadBody.Json("name an object", $$"""{"name":{},"email":"{{email}}"}""", 422, "name"),
            BadBody.Json("name empty", $$"""{"name":"","email":"{{email}}"}""", 422, "name"),
            BadBody.Json("name of 101 characters", $$"""{"name":"{{new string('n', 101)}}","email":"{{email}}"}""", 422, "name"),
            BadBody.Json("email of 2 characters", """{"name":"N","email":"a@"}""", 422, "email"),
            BadBody.Json("email without @", $$"""{"name":"N","email":"{{run.Footprint.EmailPrefix}}no-at-sign"}""", 422, "email"),
            BadBody.Json("email of 256 characters", $$"""{"name":"N","email":"{{longEmail}}"}""", 422, "email"),
        ];
        if (paths.Contains("POST /users"))
        {
            await JsonRouteAsync(run, HttpMethod.Post, "/users", $$"""{"name":"Never Stored","email":"{{email}}"}""", [],
            [
                .. userValues,
                BadBody.Json("email missing", """{"name":"N"}""", 422, "email"),
                BadBody.Json("name missing", $$"""{"email":"{{email}}"}""", 422, "name"),
            ]);
        }
        if (paths.Contains("PUT /users/{id}"))
        {
            await JsonRouteAsync(run, HttpMethod.Put, $"/users/{victim.Id}", """{"name":"Never Stored"}""", [], userValues);
        }
        if (paths.Contains("PATCH /flow/profile"))
        {
            await JsonRouteAsync(run, HttpMethod.Patch, "/flow/profile", """{"name":"Never Stored"}""", [("Authorization", $"Bearer {token}")],
            [
                BadBody.Json("name a number", """{"name":5}""", 422, "name"),
                BadBody.Json("name null", """{"name":null}""", 422, "name"),
                BadBody.Json("name missing", "{}", 422, "name"),
                BadBody.Json("name empty", """{"name":""}""", 422, "name"),
                BadBody.Json("name of 101 characters", $$"""{"name":"{{new string('n', 101)}}"}""", 422, "name"),
            ]);
        }
        if (paths.Contains("POST /upload"))
        {
            await UploadAsync(run);
        }
    }

    private static async Task JsonRouteAsync(VerifyRun run, HttpMethod method, string path, string valid, (string, string)[] headers, IReadOnlyList<BadBody> specific)
    {
        var template = path.StartsWith("/users/", StringComparison.Ordinal) ? "/users/{id}" : path;
        foreach (var group in BadBody.Universal(valid).GroupBy(body => body.Status).Concat(specific.GroupBy(body => body.Status)))
        {
            var bodies = group.ToList();
            await run.CheckAsync($"{method} {template} with {string.Join(", ", bodies.Select(body => body.Label))}: {group.Key} problem+json", async () =>
            {
                var verdict = new Verdict();
                foreach (var body in bodies)
                {
                    verdict.Include(await body.SendAsync(run, method, path, headers));
                }
                return verdict;
            });
        }
    }

    private static async Task UploadAsync(VerifyRun run)
    {
        await run.CheckAsync("POST /upload that is not multipart (JSON, no Content-Type): 415 problem+json", async () =>
            (await new BadBody("JSON", """{"file":"x"}"""u8.ToArray(), "application/json", 415).SendAsync(run, HttpMethod.Post, "/upload"))
                .Include(await new BadBody("no Content-Type", "x"u8.ToArray(), null, 415).SendAsync(run, HttpMethod.Post, "/upload")));
        await run.CheckAsync("POST /upload without a part named file: 422 problem+json naming 'file'", async () =>
            (await BasicChecks.Upload(run, BasicChecks.Part("x"u8.ToArray(), "document", "doc.txt", "text/plain"))).ExpectProblem(422, naming: "file"));
        await run.CheckAsync("POST /upload with a broken multipart body: 400 problem+json", async () =>
            await new BadBody("no boundary in the body", "this is not multipart"u8.ToArray(), "multipart/form-data; boundary=verify-boundary", 400).SendAsync(run, HttpMethod.Post, "/upload"));
        await run.CheckAsync("POST /upload over 10 MiB: 413 problem+json", async () =>
            (await BasicChecks.Upload(run, BasicChecks.Part(new byte[(10 * 1024 * 1024) + 4096], "file", "big.bin", "application/octet-stream"))).ExpectProblem(413));
    }

    /// <summary>Every rejected request left PostgreSQL and Redis as they were; anything a wrongly accepted one wrote is undone.</summary>
    private static async Task UnchangedAsync(VerifyRun run, DatabaseFingerprint before, long keysBefore)
    {
        var after = await DatabaseFingerprint.TakeAsync(run.Database, run.Cancellation);
        var keysAfter = await run.Redis.DatabaseSizeAsync();
        var verdict = new Verdict();
        foreach (var difference in before.Differences(after))
        {
            verdict.Add($"after the rejected requests {difference}");
        }
        verdict.Require(keysAfter == keysBefore, $"Redis went from {keysBefore} to {keysAfter} keys");
        run.Record("the rejected requests changed nothing in PostgreSQL or Redis", verdict);
        if (after.ProductsDigest != before.ProductsDigest)
        {
            await run.ResetAsync(new ProductsReset());
        }
        if (keysAfter != keysBefore)
        {
            await run.ResetAsync(new RedisReset());
        }
    }

    private static Task<ContractResponse> Send(VerifyRun run, ContractRoute route, string query, string token)
    {
        var path = route.Path.Replace("{id}", "42", StringComparison.Ordinal) + query;
        return route.NeedsToken
            ? run.Http.SendAsync(new HttpMethod(route.Method), path, null, run.Cancellation, ("Authorization", $"Bearer {token}"))
            : run.Http.SendAsync(new HttpMethod(route.Method), path, null, run.Cancellation);
    }

    /// <summary>The route's fixed parameters (own batch key, product 5, a search word) with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    private static string Query(VerifyRun run, ContractRoute route, string name, string value)
    {
        var fixedParts = route.FixedQuery.Length == 0 ? [] : route.FixedQuery.Replace("{batch}", run.Footprint.NextBatch("bad"), StringComparison.Ordinal).Split('&');
        var parts = fixedParts.Where(part => !part.StartsWith(name + "=", StringComparison.Ordinal)).Append($"{name}={value}");
        return "?" + string.Join('&', parts);
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
