using System.Diagnostics;
using BenchLab.Infra.Database;
using BenchLab.Servers.Verification.Checks;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Lab;
using BenchLab.Servers.Verification.Statements;
using BenchLab.Telemetry.Postgres;

namespace BenchLab.Servers.Verification;

/// <summary>
/// <c>benchlab verify</c>: runs the contract's check groups against a live server, one request at a time, and
/// returns the table of checks. It follows contract §8.5: it writes only rows and keys it creates and removes
/// them, changes no seed row but products 5–10 (restored), and follows every state-wide endpoint it calls with the
/// lab's reset — then checks that it left the database as it found it.
/// </summary>
public static class Verifier
{
    public static async Task<VerifyReport> RunAsync(VerifyTarget target, VerifyOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var groups = CheckCatalog.All
            .Where(group => options.Only is null || options.Only.Contains(group.Name))
            .Where(group => group.Scenarios.Any(target.Scenarios.Contains))
            .ToList();
        using var http = new ContractClient(target.BaseUri);
        await using var database = new LabDatabase(target.SuperuserInServerDatabase);
        await using var redis = await RedisInspector.ConnectAsync(target.Redis);
        await using var statistics = new PostgresStatistics(target.SuperuserInServerDatabase, LabDatabases.Role);
        var profiler = options.Profiler ?? new TelemetryStatementProfiler(statistics);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var run = new VerifyRun(target, http, database, redis, profiler, tag, cancellationToken);

        var before = await DatabaseFingerprint.TakeAsync(database, cancellationToken);
        foreach (var group in groups)
        {
            options.Progress($"{group.Name} ({group.Section})");
            run.Group = group;
            try
            {
                await group.RunAsync(run);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // A group that cannot go on (its setup failed) is one failed check; the other groups still run.
                run.Record("the group ran to its end", Verdict.Fail($"{e.GetType().Name}: {e.Message}"));
            }
            finally
            {
                run.RecordConformance();
                await run.Footprint.CleanupAsync(database, redis, CancellationToken.None);
            }
        }
        run.Group = null;
        await RecordFootprintAsync(run, before, groups);
        return new VerifyReport(run.Results, run.Statements, clock.Elapsed);
    }

    /// <summary>
    /// The last check: users and bulk_items hold what they held before verify (products are compared with the seed,
    /// since the products reset put them there).
    /// </summary>
    private static async Task RecordFootprintAsync(VerifyRun run, DatabaseFingerprint before, IReadOnlyList<CheckGroup> groups)
    {
        var after = await DatabaseFingerprint.TakeAsync(run.Database, run.Cancellation);
        var truncatedBulk = groups.Any(group => group is BulkChecks);
        var differences = before.Differences(after with
        {
            // Scenario 12's cleanup endpoint empties bulk_items on purpose (R-bulk follows it), and the products
            // reset restores products to the seed: those two are checked by their own groups.
            BulkItems = truncatedBulk ? before.BulkItems : after.BulkItems,
            BulkItemsDigest = truncatedBulk ? before.BulkItemsDigest : after.BulkItemsDigest,
            ProductsDigest = groups.Any(group => group is TransactionChecks) ? before.ProductsDigest : after.ProductsDigest,
        });
        var verdict = new Verdict();
        foreach (var difference in differences)
        {
            verdict.Add($"after verify {difference} (contract §8.5: verify removes what it wrote)");
        }
        run.Record("verify left users and bulk_items as it found them", verdict);
    }
}
