using BenchLab.Infra.Seed;
using BenchLab.Servers.Verification.Expectations;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.10: LIKE and full-text search return the same total and the same articles (in id order, as
/// seeded) for a vocabulary word, page with limit/offset, lower-case the query for LIKE and escape its wildcards;
/// two statements each (a count and the page).
/// </summary>
public sealed class SearchChecks : CheckGroup
{
    public override string Name => "search";

    public override string Section => "§3.10";

    public override IReadOnlyList<string> Scenarios => ["19", "23-cold", "23-warm"];

    public override async Task RunAsync(VerifyRun run)
    {
        foreach (var mode in new[] { "like", "fulltext" })
        {
            var path = $"/search/{mode}";
            foreach (var (word, total) in new[] { ("bababa", 3300), ("kedimo", 3400), ("zuzuzu", 3400) })
            {
                await run.CheckAsync($"GET {path}?q={word}: total {total} (§2.5), the first 20 matching articles", async () =>
                    (await run.Http.GetAsync($"{path}?q={word}", run.Cancellation)).ExpectJson(200, Result(word, mode, total, offset: 0, limit: 20)));
            }
            await run.CheckAsync($"GET {path}?q=kedimo&limit=5&offset=20: the next five", async () =>
                (await run.Http.GetAsync($"{path}?q=kedimo&limit=5&offset=20", run.Cancellation)).ExpectJson(200, Result("kedimo", mode, null, offset: 20, limit: 5)));
            await run.CheckAsync($"GET {path}?q=kedimo&limit=100&offset=3350: the last page", async () =>
                (await run.Http.GetAsync($"{path}?q=kedimo&limit=100&offset=3350", run.Cancellation)).ExpectJson(200, Result("kedimo", mode, null, offset: 3350, limit: 100)));
            await run.CheckAsync($"GET {path}?q=kedimo&offset=10000: past the matches, items []", async () =>
                (await run.Http.GetAsync($"{path}?q=kedimo&offset=10000", run.Cancellation)).ExpectJson(200, Result("kedimo", mode, null, offset: 10_000, limit: 20)));
            await run.CheckAsync($"GET {path}?q=KEDIMO: the query is matched case-insensitively (total 3400)", async () =>
                (await run.Http.GetAsync($"{path}?q=KEDIMO&limit=3", run.Cancellation)).ExpectJson(200, Result("kedimo", mode, 3400, offset: 0, limit: 3).With("query", Expect.String("KEDIMO"))));
            await run.StatementsAsync($"GET {path}", 2, i => run.Http.GetAsync($"{path}?q={SearchExpectations.Word(i * 111 % SeedRules.VocabularyWords)}&limit=20", run.Cancellation));
        }
        foreach (var wildcard in new[] { "%", "_", "\\" })
        {
            var escaped = Uri.EscapeDataString(wildcard);
            await run.CheckAsync($"GET /search/like?q={wildcard}: LIKE wildcards are escaped, so nothing matches", async () =>
                (await run.Http.GetAsync($"/search/like?q={escaped}", run.Cancellation)).ExpectJson(200, Expect.Object(
                    ("query", Expect.String(wildcard)), ("mode", Expect.String("like")), ("total", Expect.Int(0)), ("items", Expect.Array([])))));
        }
    }

    private static ObjectExpectation Result(string word, string mode, int? total, int offset, int limit)
    {
        var ids = SearchExpectations.MatchingIds(word);
        var expectedTotal = total ?? ids.Count;
        return Expect.Object(
            ("query", Expect.String(word)),
            ("mode", Expect.String(mode)),
            // The §2.5 fixture and the count from the seed rules must agree; the response must match both.
            ("total", ids.Count == expectedTotal ? Expect.Int(expectedTotal) : Expect.Where("the §2.5 fixture", _ => $"the seed rules give {ids.Count} matches for {word}, §2.5 says {expectedTotal}")),
            ("items", Expect.Array(ids.Skip(offset).Take(limit).Select(id => (JsonExpectation)SeedRows.Article(id)))));
    }
}
