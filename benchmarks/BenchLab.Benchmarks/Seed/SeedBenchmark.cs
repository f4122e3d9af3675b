using System.Diagnostics;
using BenchLab.Infra;
using BenchLab.Infra.Database;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Seed;
using Npgsql;

namespace BenchLab.Benchmarks.Seed;

/// <summary>
/// Times the full seed — tables, rows, indexes, sequences, VACUUM (ANALYZE) — with the lab's binary COPY
/// against the baseline <c>INSERT … SELECT generate_series</c> (the original lab's method), alternating the two
/// in each run, and checks that both produce identical tables.
/// </summary>
public static class SeedBenchmark
{
    private const string CopyDatabase = "bench_seed_copy";
    private const string BaselineDatabase = "bench_seed_sql";

    public static async Task<int> RunAsync(int runs)
    {
        var infrastructure = new LabInfrastructure(LabLayout.Discover(), message => Console.Error.WriteLine($"· {message}"));
        var endpoints = await infrastructure.UpAsync(new InfraOptions("bench"));
        var provisioner = new DatabaseProvisioner(endpoints.Superuser, _ => { });
        var details = await PostgresInspector.InspectAsync(endpoints.Superuser);
        Console.WriteLine($"# Seed benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"Machine: {MachineDescription.Describe()}; PostgreSQL {details.Version}; {SeedCatalog.All.Sum(s => (long)s.RowCount):N0} rows in {SeedCatalog.All.Count} tables.");
        Console.WriteLine();
        Console.WriteLine("| run | binary COPY (s) | copy / indexes / vacuum (s) | INSERT … generate_series (s) | speed-up |");
        Console.WriteLine("|---|---|---|---|---|");
        var copyTimes = new List<double>();
        var baselineTimes = new List<double>();
        SeedReport? lastReport = null;
        for (var run = 1; run <= runs; run++)
        {
            await provisioner.DropAsync(CopyDatabase);
            await provisioner.CreateEmptyAsync(CopyDatabase);
            await CheckpointAsync(endpoints.Superuser);
            lastReport = await provisioner.SeedIntoAsync(CopyDatabase);

            await provisioner.DropAsync(BaselineDatabase);
            await provisioner.CreateEmptyAsync(BaselineDatabase);
            await CheckpointAsync(endpoints.Superuser);
            var baseline = await GenerateSeriesSeed.RunAsync(endpoints.Superuser, BaselineDatabase);

            copyTimes.Add(lastReport.Total.TotalSeconds);
            baselineTimes.Add(baseline.TotalSeconds);
            Console.WriteLine($"| {run} | {lastReport.Total.TotalSeconds:0.00} | {lastReport.Copy.TotalSeconds:0.00} / {lastReport.PostLoad.TotalSeconds:0.00} / {lastReport.Vacuum.TotalSeconds:0.00} | {baseline.TotalSeconds:0.00} | {baseline.TotalSeconds / lastReport.Total.TotalSeconds:0.0}× |");
        }
        var copyMedian = Median.Of(copyTimes);
        var baselineMedian = Median.Of(baselineTimes);
        Console.WriteLine($"| **median** | **{copyMedian:0.00}** | | **{baselineMedian:0.00}** | **{baselineMedian / copyMedian:0.0}×** |");
        Console.WriteLine();
        if (lastReport is not null)
        {
            Console.WriteLine("Per-table COPY time of the last run (tables load two or more at a time, so these overlap):");
            Console.WriteLine();
            foreach (var (group, time) in lastReport.CopyPerGroup.OrderByDescending(pair => pair.Value))
            {
                Console.WriteLine($"- {group}: {time.TotalSeconds:0.00} s");
            }
            Console.WriteLine();
        }

        var differences = await TableComparison.CompareAsync(endpoints.Superuser, CopyDatabase, BaselineDatabase);
        Console.WriteLine(differences.Count == 0
            ? $"Both methods produced identical rows in all {SeedCatalog.All.Count} tables (md5 of every table's rows in id order)."
            : $"DIFFERENT rows in: {string.Join(", ", differences)}");
        await provisioner.DropAsync(CopyDatabase);
        await provisioner.DropAsync(BaselineDatabase);
        await infrastructure.DownAsync("bench");
        return differences.Count == 0 ? 0 : 1;
    }

    /// <summary>Starts each measurement from a clean checkpoint so that one method does not pay for the other's WAL.</summary>
    private static async Task CheckpointAsync(PostgresEndpoint superuser)
    {
        await using var connection = new NpgsqlConnection(superuser.ToLabConnectionString());
        await connection.OpenAsync();
        await connection.ExecuteAsync("CHECKPOINT");
    }


}
