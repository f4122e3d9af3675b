using BenchLab.Servers.Verification.Expectations;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.4: the three loading strategies return the same authors with their posts (both in id order),
/// and differ only in statements — lazy 1 + N, eager 1, subquery 2.
/// </summary>
public sealed class NPlusOneChecks : CheckGroup
{
    public override string Name => "n-plus-one";

    public override string Section => "§3.4";

    public override IReadOnlyList<string> Scenarios => ["11", "23-cold", "23-warm"];

    public override async Task RunAsync(VerifyRun run)
    {
        foreach (var (strategy, statements) in new[] { ("lazy", (Func<int, int>)(limit => 1 + limit)), ("eager", _ => 1), ("subquery", _ => 2) })
        {
            var path = $"/n-plus-one/{strategy}";
            await run.CheckAsync($"GET {path}: authors 1–20 with their 8 posts each by default", async () =>
                (await run.Http.GetAsync(path, run.Cancellation)).ExpectJson(200, Authors(1, 20)));
            await run.CheckAsync($"GET {path}?limit=3&offset=997: the last three authors", async () =>
                (await run.Http.GetAsync($"{path}?limit=3&offset=997", run.Cancellation)).ExpectJson(200, Authors(998, 3)));
            await run.CheckAsync($"GET {path}?limit=100&offset=979: scenario 11's largest offset", async () =>
                (await run.Http.GetAsync($"{path}?limit=100&offset=979", run.Cancellation)).ExpectJson(200, Authors(980, 21)));
            await run.CheckAsync($"GET {path}?offset=1000: past the end, []", async () =>
                (await run.Http.GetAsync($"{path}?offset=1000", run.Cancellation)).ExpectJson(200, Expect.Array([])));
            await run.StatementsAsync($"GET {path} (limit 20)", statements(20), i => run.Http.GetAsync($"{path}?limit=20&offset={i * 20}", run.Cancellation));
            if (strategy == "lazy")
            {
                await run.StatementsAsync($"GET {path} (limit 5)", statements(5), i => run.Http.GetAsync($"{path}?limit=5&offset={i * 5}", run.Cancellation));
            }
        }
    }

    private static ArrayExpectation Authors(int firstId, int count) =>
        Expect.Array(Enumerable.Range(firstId, count).Select(id => (JsonExpectation)SeedRows.AuthorWithPosts(id)));
}
