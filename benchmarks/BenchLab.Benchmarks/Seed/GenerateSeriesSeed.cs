using System.Diagnostics;
using BenchLab.Infra.Database;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Seed;
using Npgsql;

namespace BenchLab.Benchmarks.Seed;

/// <summary>The baseline: the same tables, indexes, sequences and VACUUM as the lab's seed, rows by INSERT … SELECT generate_series.</summary>
public static class GenerateSeriesSeed
{
    public static async Task<TimeSpan> RunAsync(PostgresEndpoint superuser, string database)
    {
        var owner = superuser.WithLogin(LabDatabases.Role, LabDatabases.RolePassword).WithDatabase(database);
        var connectionString = new NpgsqlConnectionStringBuilder(owner.ToLabConnectionString("benchlab-bench")) { Pooling = false }.ConnectionString;
        var clock = Stopwatch.StartNew();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            foreach (var statement in SqlStatements.Split(SchemaScript.Embedded.Tables))
            {
                await connection.ExecuteAsync(statement);
            }
            // One statement after another, as the original's SQL script ran.
            foreach (var statement in SqlStatements.Split(Script()))
            {
                await connection.ExecuteAsync(statement);
            }
            foreach (var statement in SqlStatements.Split(SchemaScript.Embedded.PostLoad))
            {
                await connection.ExecuteAsync(statement);
            }
            foreach (var seed in SeedCatalog.All.Where(seed => seed.IdSequence is not null))
            {
                await connection.ExecuteAsync($"SELECT setval('{seed.IdSequence}', {seed.RowCount})");
            }
            foreach (var statement in DatabaseSeeder.VacuumStatements())
            {
                await connection.ExecuteAsync(statement);
            }
        }
        return clock.Elapsed;
    }

    private static string Script()
    {
        using var stream = typeof(GenerateSeriesSeed).Assembly.GetManifestResourceStream("BenchLab.Benchmarks.generate-series-seed.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
