using System.Diagnostics;
using BenchLab.Infra.Database;
using BenchLab.Infra.Postgres;
using Npgsql;

namespace BenchLab.Infra.Seed;

/// <summary>
/// Loads the schema and every seeded row into an empty database: tables, then binary COPY of each table
/// (several tables at once; <c>COPY … FREEZE</c> into a table truncated in the same transaction, so later
/// VACUUM has no tuples to freeze), then indexes, sequences and <c>VACUUM (ANALYZE)</c>.
/// </summary>
public sealed class DatabaseSeeder(PostgresEndpoint ownerEndpoint, Action<string> log)
{
    /// <summary>Tables loaded together in one transaction because of a foreign key (posts → authors).</summary>
    private static readonly string[][] CopyGroups = BuildCopyGroups();

    public async Task<SeedReport> SeedAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var connectionString = ownerEndpoint.ToLabConnectionString("benchlab-seed");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var statement in SqlStatements.Split(SchemaScript.Embedded.Tables))
            {
                await connection.ExecuteAsync(statement, cancellationToken);
            }
        }
        var schema = clock.Elapsed;

        var parallelism = Math.Max(2, Environment.ProcessorCount);
        var perGroup = new System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan>();
        await Parallel.ForEachAsync(
            CopyGroups,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (group, token) =>
            {
                var groupClock = Stopwatch.StartNew();
                await CopyGroupAsync(connectionString, group, token);
                perGroup[string.Join("+", group)] = groupClock.Elapsed;
            });
        var copy = clock.Elapsed - schema;

        var postLoad = SqlStatements.Split(SchemaScript.Embedded.PostLoad)
            .Concat(SeedCatalog.All.Where(seed => seed.IdSequence is not null).Select(seed => $"SELECT setval('{seed.IdSequence}', {seed.RowCount})"))
            .ToList();
        await RunInParallelAsync(connectionString, postLoad, parallelism, cancellationToken);
        var indexes = clock.Elapsed - schema - copy;

        await RunInParallelAsync(connectionString, [.. VacuumStatements()], parallelism, cancellationToken);
        var vacuum = clock.Elapsed - schema - copy - indexes;

        var report = new SeedReport(schema, copy, indexes, vacuum, perGroup, SeedCatalog.All.Sum(seed => (long)seed.RowCount));
        log($"seeded {report.Rows:N0} rows in {report.Total.TotalSeconds:0.0} s (copy {copy.TotalSeconds:0.0} s, indexes {indexes.TotalSeconds:0.0} s, vacuum {vacuum.TotalSeconds:0.0} s)");
        return report;
    }

    /// <summary>VACUUM (ANALYZE) of every table of the schema, bulk_items included.</summary>
    public static IEnumerable<string> VacuumStatements() =>
        SeedCatalog.All.Select(seed => seed.Table).Append("bulk_items").Select(table => $"VACUUM (ANALYZE) {table}");

    /// <summary>Runs independent statements on several connections at once.</summary>
    public static Task RunInParallelAsync(string connectionString, IReadOnlyList<string> statements, int parallelism, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            statements,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (statement, token) => await ExecuteOnNewConnectionAsync(connectionString, statement, token));

    /// <summary>Copies the rows of the given tables in one transaction that first truncates them (so FREEZE applies).</summary>
    public static async Task CopyGroupAsync(string connectionString, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync($"TRUNCATE {string.Join(", ", tables)}", cancellationToken);
        foreach (var table in tables)
        {
            await CopyTableAsync(connection, SeedCatalog.For(table), freeze: true, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Binary COPY of all rows of <paramref name="seed"/> into <paramref name="targetTable"/> (default: its own table).</summary>
    public static async Task CopyTableAsync(NpgsqlConnection connection, TableSeed seed, bool freeze, CancellationToken cancellationToken, string? targetTable = null)
    {
        var columns = string.Join(", ", seed.Columns.Select(column => column.Name));
        var options = freeze ? "FORMAT BINARY, FREEZE" : "FORMAT BINARY";
        // Rows are produced on this thread with the synchronous writer: per-value async costs more than it saves here.
        await Task.Run(
            () =>
            {
                using var importer = connection.BeginBinaryImport($"COPY {targetTable ?? seed.Table} ({columns}) FROM STDIN ({options})");
                var writer = new BinaryImportRowWriter(importer);
                for (var index = 0; index < seed.RowCount; index++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.StartRow();
                    seed.WriteRow(writer, index);
                }
                importer.Complete();
            },
            cancellationToken);
    }

    private static string[][] BuildCopyGroups()
    {
        // Largest tables first so the parallel loop does not end on one long straggler.
        var groups = SeedCatalog.All
            .Where(seed => seed.Table is not ("authors" or "posts"))
            .Select(seed => new[] { seed.Table })
            .Append(["authors", "posts"])
            .OrderByDescending(group => group.Sum(table => SeedCatalog.For(table).CopyCost))
            .ToArray();
        return groups;
    }

    private static async Task ExecuteOnNewConnectionAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(sql, cancellationToken);
    }

}
