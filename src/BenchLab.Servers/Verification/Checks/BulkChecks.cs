using BenchLab.Infra.Reset;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.5 on verify's own batches: each operation's envelope and the rows it leaves (name item_s,
/// value s, updates s×10), conflicts and missing batches, statements per request (count, count, 1, 1; batch
/// recorded), and the cleanup endpoint — called last, followed by the lab's R-bulk.
/// </summary>
public sealed class BulkChecks : CheckGroup
{
    public override string Name => "bulk";

    public override string Section => "§3.5";

    public override IReadOnlyList<string> Scenarios => ["12"];

    public override async Task RunAsync(VerifyRun run)
    {
        var inserted = new Dictionary<string, string>();
        foreach (var operation in new[] { "insert-individual", "insert-batch", "insert-raw" })
        {
            var batch = run.Footprint.NextBatch(operation);
            inserted[operation] = batch;
            await run.CheckAsync($"POST /bulk-operations/{operation}?count=5: affected 5, rows item_0–item_4 with values 0–4", async () =>
            {
                var response = await Operate(run, operation, batch, 5);
                return response.ExpectJson(200, Envelope(operation, batch, 5, 5)).Include(await RowsAsync(run, batch, 5, multiplier: 1));
            });
        }
        await run.CheckAsync("POST /bulk-operations/insert-raw without count: the default of 1000 rows", async () =>
        {
            var batch = run.Footprint.NextBatch("default-count");
            var response = await run.Http.PostAsync($"/bulk-operations/insert-raw?batch={batch}", run.Cancellation);
            return response.ExpectJson(200, Envelope("insert-raw", batch, 1000, 1000)).Include(await RowsAsync(run, batch, 1000, multiplier: 1));
        });
        foreach (var (operation, source) in new[] { ("update-individual", "insert-raw"), ("update-bulk", "insert-individual") })
        {
            var batch = inserted[source];
            await run.CheckAsync($"POST /bulk-operations/{operation}?count=5 on an inserted batch: affected 5, values s×10", async () =>
            {
                var response = await Operate(run, operation, batch, 5);
                return response.ExpectJson(200, Envelope(operation, batch, 5, 5)).Include(await RowsAsync(run, batch, 5, multiplier: 10));
            });
            await run.CheckAsync($"POST /bulk-operations/{operation} on a batch with no rows: 404 problem+json", async () =>
                (await Operate(run, operation, run.Footprint.NextBatch("missing"), 5)).ExpectProblem(404));
        }
        foreach (var operation in new[] { "insert-individual", "insert-batch", "insert-raw" })
        {
            await run.CheckAsync($"POST /bulk-operations/{operation} into a batch that holds those rows: 409 problem+json, rows unchanged", async () =>
            {
                var batch = inserted["insert-raw"];
                var response = await Operate(run, operation, batch, 5);
                return response.ExpectProblem(409).Include(await RowsAsync(run, batch, 5, multiplier: 10));
            });
        }
        await ProfileAsync(run);
        await CleanupAsync(run);
    }

    private static async Task ProfileAsync(VerifyRun run)
    {
        await run.StatementsAsync("POST /bulk-operations/insert-individual (count 3)", 3, _ => Operate(run, "insert-individual", run.Footprint.NextBatch("p"), 3));
        await run.StatementsAsync("POST /bulk-operations/insert-batch (count 3)", null, _ => Operate(run, "insert-batch", run.Footprint.NextBatch("p"), 3));
        await run.StatementsAsync("POST /bulk-operations/insert-raw (count 3)", 1, _ => Operate(run, "insert-raw", run.Footprint.NextBatch("p"), 3));
        var updated = run.Footprint.NextBatch("p-updates");
        await Operate(run, "insert-raw", updated, 3);
        await run.StatementsAsync("POST /bulk-operations/update-individual (count 3)", 3, _ => Operate(run, "update-individual", updated, 3));
        await run.StatementsAsync("POST /bulk-operations/update-bulk (count 3)", 1, _ => Operate(run, "update-bulk", updated, 3));
    }

    /// <summary>The state-wide cleanup (TRUNCATE), then R-bulk as §8.5 requires after it.</summary>
    private static async Task CleanupAsync(VerifyRun run)
    {
        await run.CheckAsync("DELETE /bulk-operations/cleanup: {\"message\":\"Table truncated\"} and bulk_items is empty", async () =>
        {
            var response = await run.Http.DeleteAsync("/bulk-operations/cleanup", run.Cancellation);
            var left = await run.Database.ScalarAsync<long>("SELECT count(*) FROM bulk_items", run.Cancellation);
            return response.ExpectJson(200, Expect.Object(("message", Expect.String("Table truncated")))).Require(left == 0, $"bulk_items still holds {left} rows");
        });
        await run.ResetAsync(new BulkReset());
    }

    private static Task<ContractResponse> Operate(VerifyRun run, string operation, string batch, int count) =>
        run.Http.PostAsync($"/bulk-operations/{operation}?count={count}&batch={batch}", run.Cancellation);

    private static ObjectExpectation Envelope(string operation, string batch, int count, int affected) => Expect.Object(
        ("operation", Expect.String(operation)),
        ("batch", Expect.String(batch)),
        ("count", Expect.Int(count)),
        ("affected", Expect.Int(affected)),
        ("elapsed_ms", Expect.NumberAtLeast(0)));

    /// <summary>The batch holds rows s = 0..count−1 named item_s with value s×<paramref name="multiplier"/>.</summary>
    private static async Task<Verdict> RowsAsync(VerifyRun run, string batch, int count, int multiplier)
    {
        var rows = await run.Database.RowsAsync("SELECT seq, name, value FROM bulk_items WHERE batch_key = $1 ORDER BY seq", run.Cancellation, batch);
        var verdict = Verdict.Pass.Require(rows.Count == count, $"batch {batch} holds {rows.Count} rows, expected {count}");
        foreach (var row in rows.Take(count))
        {
            var seq = (int)row["seq"]!;
            if ((string)row["name"]! != $"item_{seq}" || (int)row["value"]! != seq * multiplier)
            {
                return verdict.Add($"batch {batch} row {seq} is ({row["name"]}, {row["value"]}), expected (item_{seq}, {seq * multiplier})");
            }
        }
        return verdict.Require(rows.Select(row => (int)row["seq"]!).SequenceEqual(Enumerable.Range(0, rows.Count)), $"batch {batch} seq values are not 0..{count - 1}");
    }
}
