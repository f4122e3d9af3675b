using System.Text.Json;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.2: offset pages (count, then the page) and cursor pages (id &gt; cursor, size + 1 rows), their
/// envelopes, their ends, and continuity — walking either way yields the same rows in the same order.
/// </summary>
public sealed class PaginationChecks : CheckGroup
{
    public override string Name => "pagination";

    public override string Section => "§3.2";

    public override IReadOnlyList<string> Scenarios => ["09", "23-cold", "23-warm"];

    public override async Task RunAsync(VerifyRun run)
    {
        var total = await OwnUsers.CountAsync(run);
        await OffsetAsync(run, total);
        await CursorAsync(run);
        await ContinuityAsync(run);
        // The index keeps growing when a disturbed profile is measured again: wrap it so pages stay within the 5,000.
        await run.StatementsAsync("GET /users/offset", 2, i => run.Http.GetAsync($"/users/offset?page={1 + i * 1000 % 5000}&size=20", run.Cancellation));
        await run.StatementsAsync("GET /users/cursor", 1, i => run.Http.GetAsync($"/users/cursor?cursor={i * 5000 % 100_000}&size=20", run.Cancellation));
    }

    private static async Task OffsetAsync(VerifyRun run, long total)
    {
        await run.CheckAsync("GET /users/offset: page 1 of 20 by default, with the total and the page count", async () =>
            (await run.Http.GetAsync("/users/offset", run.Cancellation)).ExpectJson(200, await OffsetPageAsync(run, total, page: 1, size: 20)));
        await run.CheckAsync("GET /users/offset?page=3&size=7: users 15–21", async () =>
            (await run.Http.GetAsync("/users/offset?page=3&size=7", run.Cancellation)).ExpectJson(200, await OffsetPageAsync(run, total, page: 3, size: 7)));
        await run.CheckAsync("GET /users/offset?page=5000&size=20: the last full page of the seed (scenario 09's largest page)", async () =>
            (await run.Http.GetAsync("/users/offset?page=5000&size=20", run.Cancellation)).ExpectJson(200, await OffsetPageAsync(run, total, page: 5000, size: 20)));
        var pastEnd = (total + 99) / 100 + 1;
        await run.CheckAsync("GET /users/offset past the last page: items []", async () =>
            (await run.Http.GetAsync($"/users/offset?page={pastEnd}&size=100", run.Cancellation)).ExpectJson(200, await OffsetPageAsync(run, total, page: pastEnd, size: 100)));
    }

    private static async Task CursorAsync(VerifyRun run)
    {
        await run.CheckAsync("GET /users/cursor: users 1–20 and next_cursor 20 by default", async () =>
            (await run.Http.GetAsync("/users/cursor", run.Cancellation)).ExpectJson(200, await CursorPageAsync(run, cursor: 0, size: 20)));
        await run.CheckAsync("GET /users/cursor?cursor=20&size=5: users 21–25, next_cursor 25", async () =>
            (await run.Http.GetAsync("/users/cursor?cursor=20&size=5", run.Cancellation)).ExpectJson(200, await CursorPageAsync(run, cursor: 20, size: 5)));
        var last = await run.Database.ScalarAsync<int>("SELECT max(id) FROM users", run.Cancellation);
        await run.CheckAsync("GET /users/cursor just before the last user: that user and next_cursor null", async () =>
            (await run.Http.GetAsync($"/users/cursor?cursor={last - 1}&size=5", run.Cancellation)).ExpectJson(200, await CursorPageAsync(run, cursor: last - 1, size: 5)));
        await run.CheckAsync("GET /users/cursor with a page that exactly reaches the last user: next_cursor null", async () =>
            (await run.Http.GetAsync($"/users/cursor?cursor={last - 3}&size=3", run.Cancellation)).ExpectJson(200, await CursorPageAsync(run, cursor: last - 3, size: 3)));
        await run.CheckAsync("GET /users/cursor at the last user: items [] and next_cursor null", async () =>
            (await run.Http.GetAsync($"/users/cursor?cursor={last}&size=5", run.Cancellation)).ExpectJson(200, await CursorPageAsync(run, cursor: last, size: 5)));
    }

    /// <summary>Offset pages and the cursor chain from the same starting row give the same rows (§3.2, scenario 09).</summary>
    private static async Task ContinuityAsync(VerifyRun run)
    {
        foreach (var (firstPage, pages, size) in new[] { (1, 4, 25), (3999, 3, 25) })
        {
            await run.CheckAsync($"offset pages {firstPage}–{firstPage + pages - 1} (size {size}) and the cursor chain over the same rows agree", async () =>
            {
                var byOffset = new List<long>();
                for (var page = firstPage; page < firstPage + pages; page++)
                {
                    byOffset.AddRange(Ids(await run.Http.GetAsync($"/users/offset?page={page}&size={size}", run.Cancellation), out var problem) ?? []);
                    if (problem is not null)
                    {
                        return Verdict.Fail(problem);
                    }
                }
                var byCursor = new List<long>();
                long? cursor = (firstPage - 1L) * size;
                for (var page = 0; page < pages && cursor is not null; page++)
                {
                    var response = await run.Http.GetAsync($"/users/cursor?cursor={cursor}&size={size}", run.Cancellation);
                    byCursor.AddRange(Ids(response, out var problem) ?? []);
                    if (problem is not null)
                    {
                        return Verdict.Fail(problem);
                    }
                    cursor = response.Json!.Value.GetProperty("next_cursor") is { ValueKind: JsonValueKind.Number } next ? next.GetInt64() : null;
                }
                return Verdict.Pass.Require(byOffset.SequenceEqual(byCursor),
                    $"offset pages gave ids {Range(byOffset)}, the cursor chain gave {Range(byCursor)}");
            });
        }
    }

    private static async Task<ObjectExpectation> OffsetPageAsync(VerifyRun run, long total, long page, int size)
    {
        var items = await OwnUsers.PageAsync(run, (page - 1) * size, size);
        return Expect.Object(
            ("items", Expect.Array(items.Select(user => (JsonExpectation)user.Expected))),
            ("total", Expect.Int(total)),
            ("page", Expect.Int(page)),
            ("size", Expect.Int(size)),
            ("total_pages", Expect.Int((total + size - 1) / size)));
    }

    private static async Task<ObjectExpectation> CursorPageAsync(VerifyRun run, int cursor, int size)
    {
        var rows = await OwnUsers.AfterAsync(run, cursor, size + 1);
        var items = rows.Take(size).ToList();
        return Expect.Object(
            ("items", Expect.Array(items.Select(user => (JsonExpectation)user.Expected))),
            ("next_cursor", rows.Count > size ? Expect.Int(items[^1].Id) : Expect.Null),
            ("size", Expect.Int(size)));
    }

    private static IEnumerable<long>? Ids(ContractResponse response, out string? problem)
    {
        problem = null;
        if (response.Status != 200 || response.Json is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            problem = $"{response.Request}: status {response.Status}, no items array ({response.Preview})";
            return null;
        }
        return [.. items.EnumerateArray().Select(item => item.GetProperty("id").GetInt64())];
    }

    private static string Range(List<long> ids) => ids.Count == 0 ? "none" : $"{ids[0]}…{ids[^1]} ({ids.Count} rows)";
}
