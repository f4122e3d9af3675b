using BenchLab.Infra.Reset;
using BenchLab.Infra.Seed;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.6 on products 5–10 only (scenario 13 uses 1–4): the product read, each method's success shape
/// and effect, 2 statements per request, the invariants under contention — made to happen on demand with a
/// transaction of verify's own, and under parallel load — and the reset endpoint, followed by the lab's R-products.
/// </summary>
public sealed class TransactionChecks : CheckGroup
{
    private const int ParallelRequests = 16;
    private const int Parallelism = 8;

    public override string Name => "transactions";

    public override string Section => "§3.6";

    public override IReadOnlyList<string> Scenarios => ["13"];

    /// <summary>Each method's own product among 5–10, so that no check sees another's decrements.</summary>
    private static readonly (string Method, int Product)[] Methods = [("no-lock", 5), ("pessimistic", 6), ("optimistic", 7), ("serializable", 8)];

    public override async Task RunAsync(VerifyRun run)
    {
        try
        {
            await ProductAsync(run);
            await DecrementsAsync(run);
            await ContentionAsync(run);
            await ParallelLoadAsync(run);
            await ResetEndpointAsync(run);
        }
        finally
        {
            // Products 5–10 back to the seed whatever happened above (§8.5).
            await run.ResetAsync(new ProductsReset());
        }
        await run.CheckAsync("after verify, products 1–10 hold the seed (stock 1000, version 0, updated_at T0)", async () =>
        {
            var changed = await run.Database.ScalarAsync<long>("SELECT count(*) FROM products WHERE stock <> 1000 OR version <> 0 OR updated_at <> $1", run.Cancellation,
                new Npgsql.NpgsqlParameter { Value = SeedRules.T0, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Timestamp });
            return Verdict.Pass.Require(changed == 0, $"{changed} products differ from the seed");
        });
    }

    private static async Task ProductAsync(VerifyRun run)
    {
        await run.CheckAsync("GET /transactions/products/9: the row as stored", async () =>
            (await run.Http.GetAsync("/transactions/products/9", run.Cancellation)).ExpectJson(200, await StoredAsync(run, 9)));
        await run.CheckAsync("GET /transactions/products/99 (no such product): 404 problem+json", async () =>
            (await run.Http.GetAsync("/transactions/products/99", run.Cancellation)).ExpectProblem(404));
        await run.CheckAsync("POST /transactions/decrement/pessimistic?product_id=99: 404 problem+json", async () =>
            (await Decrement(run, "pessimistic", 99, 1)).ExpectProblem(404));
    }

    private static async Task DecrementsAsync(VerifyRun run)
    {
        foreach (var (method, product) in Methods)
        {
            await run.CheckAsync($"POST /transactions/decrement/{method}?product_id={product}&quantity=3: success, stock −3{(method == "optimistic" ? ", version +1" : "")}", async () =>
            {
                var before = await ReadAsync(run, product);
                var response = await Decrement(run, method, product, 3);
                var after = await ReadAsync(run, product);
                return response.ExpectJson(200, Success(method, product, before.Stock, before.Stock - 3, retries: 0))
                    .Require(after.Stock == before.Stock - 3, $"product {product} stock went from {before.Stock} to {after.Stock}, expected {before.Stock - 3}")
                    .Require(method != "optimistic" || after.Version == before.Version + 1, $"product {product} version went from {before.Version} to {after.Version}, expected +1");
            });
            await run.StatementsAsync($"POST /transactions/decrement/{method}", 2, _ => Decrement(run, method, product, 1));
        }
        await run.CheckAsync("POST /transactions/decrement/pessimistic?product_id=9 without quantity: quantity 1", async () =>
        {
            var before = await ReadAsync(run, 9);
            return (await run.Http.PostAsync("/transactions/decrement/pessimistic?product_id=9", run.Cancellation))
                .ExpectJson(200, Success("pessimistic", 9, before.Stock, before.Stock - 1, retries: 0));
        });
        await run.CheckAsync("POST /transactions/decrement: no stock floor, stock may go negative", async () =>
        {
            await Decrement(run, "pessimistic", 10, 1000);
            var before = await ReadAsync(run, 10);
            var response = await Decrement(run, "pessimistic", 10, 1000);
            return response.ExpectJson(200, Success("pessimistic", 10, before.Stock, before.Stock - 1000, retries: 0));
        });
    }

    /// <summary>
    /// Verify's transaction takes the row lock and changes the product; the server's request runs into it; verify
    /// commits. Pessimistic must then read the committed stock, optimistic must see its version check fail, and
    /// serializable must fail with 40001.
    /// </summary>
    private static async Task ContentionAsync(VerifyRun run)
    {
        await run.CheckAsync("pessimistic waits for a concurrent writer and decrements the stock it committed (no lost update)", async () =>
        {
            var before = await ReadAsync(run, 6);
            var response = await AgainstLockAsync(run, 6, "UPDATE products SET stock = stock - 1 WHERE id = $1", () => Decrement(run, "pessimistic", 6, 1));
            var after = await ReadAsync(run, 6);
            return response.ExpectJson(200, Success("pessimistic", 6, before.Stock - 1, before.Stock - 2, retries: 0))
                .Require(after.Stock == before.Stock - 2, $"stock went from {before.Stock} to {after.Stock} after two decrements of 1");
        });
        await run.CheckAsync("optimistic with max_retries=1 against a concurrent version bump: 409 problem+json with retries 1, stock unchanged", async () =>
        {
            var before = await ReadAsync(run, 7);
            var response = await AgainstLockAsync(run, 7, "UPDATE products SET version = version + 1 WHERE id = $1",
                () => run.Http.PostAsync("/transactions/decrement/optimistic?product_id=7&quantity=1&max_retries=1", run.Cancellation));
            var after = await ReadAsync(run, 7);
            return response.ExpectProblem(409, extensions: Conflict("optimistic", 7, Expect.Int(1), Expect.Null))
                .Require(after.Stock == before.Stock, $"stock went from {before.Stock} to {after.Stock} on a failed attempt");
        });
        await run.CheckAsync("optimistic retries past a concurrent version bump and succeeds with retries 1", async () =>
        {
            var before = await ReadAsync(run, 7);
            var response = await AgainstLockAsync(run, 7, "UPDATE products SET version = version + 1 WHERE id = $1",
                () => run.Http.PostAsync("/transactions/decrement/optimistic?product_id=7&quantity=1&max_retries=5", run.Cancellation));
            return response.ExpectJson(200, Success("optimistic", 7, before.Stock, before.Stock - 1, retries: 1));
        });
        await run.CheckAsync("serializable against a concurrent writer: 409 problem+json with sqlstate 40001, no retry", async () =>
        {
            var before = await ReadAsync(run, 8);
            var response = await AgainstLockAsync(run, 8, "UPDATE products SET stock = stock - 1 WHERE id = $1", () => Decrement(run, "serializable", 8, 1));
            var after = await ReadAsync(run, 8);
            return response.ExpectProblem(409, extensions: Conflict("serializable", 8, Expect.Int(0), Expect.String("40001")))
                .Require(after.Stock == before.Stock - 1, $"stock went from {before.Stock} to {after.Stock}; only verify's own decrement should have landed");
        });
    }

    /// <summary>16 requests, 8 at a time, per method: every success is applied exactly once (lost updates = 0).</summary>
    private static async Task ParallelLoadAsync(VerifyRun run)
    {
        foreach (var (method, product) in Methods.Where(entry => entry.Method != "no-lock"))
        {
            await run.CheckAsync($"{method}: {ParallelRequests} parallel decrements lose no update (successes = stock decrease)", async () =>
            {
                var before = await ReadAsync(run, product);
                var query = $"/transactions/decrement/{method}?product_id={product}&quantity=1" + (method == "optimistic" ? "&max_retries=20" : "");
                var responses = new List<ContractResponse>();
                using var gate = new SemaphoreSlim(Parallelism);
                await Task.WhenAll(Enumerable.Range(0, ParallelRequests).Select(async _ =>
                {
                    await gate.WaitAsync(run.Cancellation);
                    try
                    {
                        var response = await run.Http.PostAsync(query, run.Cancellation);
                        lock (responses)
                        {
                            responses.Add(response);
                        }
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
                var after = await ReadAsync(run, product);
                var successes = responses.Count(response => response.Status == 200);
                var verdict = Verdict.Pass.Require(successes == before.Stock - after.Stock,
                    $"{successes} successes but the stock fell by {before.Stock - after.Stock} ({successes - (before.Stock - after.Stock)} lost updates)");
                foreach (var response in responses.Where(response => response.Status != 200))
                {
                    verdict.Include(method == "pessimistic"
                        ? response.ExpectStatus(200)
                        : response.ExpectProblem(409, extensions: Conflict(method, product, method == "optimistic" ? Expect.Int(20) : Expect.Int(0),
                            method == "optimistic" ? Expect.Null : Expect.StringWhere("40001 or 40P01", state => state is "40001" or "40P01" ? null : "expected SQLSTATE 40001 or 40P01"))));
                }
                return verdict;
            });
        }
    }

    private static async Task ResetEndpointAsync(VerifyRun run)
    {
        await run.CheckAsync("POST /transactions/reset: {\"message\":\"All stocks reset to 1000\"}, every product at stock 1000 and version 0", async () =>
        {
            var response = await run.Http.PostAsync("/transactions/reset", run.Cancellation);
            var off = await run.Database.ScalarAsync<long>("SELECT count(*) FROM products WHERE stock <> 1000 OR version <> 0", run.Cancellation);
            return response.ExpectJson(200, Expect.Object(("message", Expect.String("All stocks reset to 1000"))))
                .Require(off == 0, $"{off} products are not at stock 1000, version 0");
        });
    }

    private static async Task<ContractResponse> AgainstLockAsync(VerifyRun run, int product, string updateSql, Func<Task<ContractResponse>> request)
    {
        await using var blocker = await BlockingTransaction.BeginAsync(run, product, updateSql);
        var pending = request();
        var blocked = await BlockingTransaction.WaitForBlockedServerAsync(run);
        await blocker.CommitAsync(run.Cancellation);
        var response = await pending;
        if (!blocked)
        {
            throw new InvalidOperationException($"{response.Request} never waited for verify's row lock on product {product}: it cannot have read and updated the row as §3.6 describes");
        }
        return response;
    }

    private static Task<ContractResponse> Decrement(VerifyRun run, string method, int product, int quantity) =>
        run.Http.PostAsync($"/transactions/decrement/{method}?product_id={product}&quantity={quantity}", run.Cancellation);

    private static ObjectExpectation Success(string method, int product, long oldStock, long newStock, int retries) => Expect.Object(
        ("success", Expect.Bool(true)),
        ("method", Expect.String(method)),
        ("product_id", Expect.Int(product)),
        ("old_stock", Expect.Int(oldStock)),
        ("new_stock", Expect.Int(newStock)),
        ("retries", Expect.Int(retries)),
        ("elapsed_ms", Expect.NumberAtLeast(0)),
        ("error", Expect.Null));

    private static (string, JsonExpectation)[] Conflict(string method, int product, JsonExpectation retries, JsonExpectation sqlstate) =>
    [
        ("success", Expect.Bool(false)),
        ("method", Expect.String(method)),
        ("product_id", Expect.Int(product)),
        ("retries", retries),
        ("elapsed_ms", Expect.NumberAtLeast(0)),
        ("sqlstate", sqlstate),
    ];

    private sealed record Product(long Stock, long Version);

    private static async Task<Product> ReadAsync(VerifyRun run, int id)
    {
        var rows = await run.Database.RowsAsync("SELECT stock, version FROM products WHERE id = $1", run.Cancellation, id);
        return new Product((int)rows[0]["stock"]!, (int)rows[0]["version"]!);
    }

    private static async Task<ObjectExpectation> StoredAsync(VerifyRun run, int id)
    {
        var row = (await run.Database.RowsAsync("SELECT id, name, stock, version, updated_at FROM products WHERE id = $1", run.Cancellation, id))[0];
        return Expect.Object(
            ("id", Expect.Int(id)),
            ("name", Expect.String((string)row["name"]!)),
            ("stock", Expect.Int((int)row["stock"]!)),
            ("version", Expect.Int((int)row["version"]!)),
            ("updated_at", Expect.Timestamp((DateTime)row["updated_at"]!)));
    }
}
