using BenchLab.Infra.Database;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Seed;
using Npgsql;

namespace BenchLab.Benchmarks.Seed;

/// <summary>Compares two databases table by table: md5 of all rows' text in key order.</summary>
public static class TableComparison
{
    public static async Task<IReadOnlyList<string>> CompareAsync(PostgresEndpoint superuser, string left, string right)
    {
        var different = new List<string>();
        foreach (var seed in SeedCatalog.All)
        {
            var key = seed.Columns[0].Name;
            var sql = $"SELECT md5(string_agg(t::text, E'\\n' ORDER BY {key})) FROM {seed.Table} t";
            if (await DigestAsync(superuser, left, sql) != await DigestAsync(superuser, right, sql))
            {
                different.Add(seed.Table);
            }
        }
        return different;
    }

    private static async Task<string?> DigestAsync(PostgresEndpoint superuser, string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(superuser.WithDatabase(database).ToLabConnectionString()) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return await connection.ScalarAsync<string>(sql);
    }
}
