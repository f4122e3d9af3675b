using BenchLab.Infra.Database;

namespace BenchLab.Infra.Tests.Seed;

/// <summary>The schema as contract §2.1 and §2.3 define it: columns in order, keys, indexes, owner, collation.</summary>
public sealed class SchemaTests
{
    private static readonly Dictionary<string, string> PgTypeNames = new()
    {
        ["integer"] = "integer", ["varchar"] = "character varying", ["text"] = "text", ["timestamp"] = "timestamp without time zone",
        ["date"] = "date", ["jsonb"] = "jsonb", ["uuid"] = "uuid",
    };

    [Theory]
    [MemberData(nameof(SampledIds.SeededTables), MemberType = typeof(SampledIds))]
    public async Task Columns_come_in_table_order_with_their_types(string table)
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        var expected = ExpectedSeed.Row(table, 1).Select(c => $"{c.Column}:{PgTypeNames[c.Type]}").ToList();
        if (table == "articles")
        {
            expected.Add("search_vector:tsvector");
        }
        var actual = await connection.ScalarAsync<string>(
            $"SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'",
            TestContext.Current.CancellationToken);
        Assert.Equal(string.Join(',', expected), actual);
    }

    [Fact]
    public async Task Column_counts_match_the_contract()
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        foreach (var (table, columns) in new[] { ("users_narrow", 5L), ("users_wide", 20L), ("users_extra_wide", 49L), ("users_type_uuid", 8L), ("bulk_items", 6L) })
        {
            Assert.Equal(columns, await connection.ScalarAsync<long>(
                $"SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}'", TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Keys_unique_constraints_and_indexes_exist()
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        var indexes = await connection.ScalarAsync<string>(
            "SELECT string_agg(indexdef, E'\\n' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public'", TestContext.Current.CancellationToken) ?? "";
        foreach (var table in ExpectedSeed.RowCounts.Keys)
        {
            Assert.Contains($"UNIQUE INDEX {table}_pkey ON public.{table} USING btree ({ExpectedSeed.KeyOf(table)})", indexes);
        }
        foreach (var table in ExpectedSeed.RowCounts.Keys.Where(t => t.StartsWith("users", StringComparison.Ordinal) || t == "authors"))
        {
            Assert.Contains($"UNIQUE INDEX {table}_email_key ON public.{table} USING btree (email)", indexes);
        }
        Assert.Contains("UNIQUE INDEX bulk_items_batch_key_seq_key ON public.bulk_items USING btree (batch_key, seq)", indexes);
        Assert.Contains("INDEX idx_users_wide_country ON public.users_wide USING btree (country)", indexes);
        Assert.Contains("INDEX idx_users_wide_status ON public.users_wide USING btree (status)", indexes);
        Assert.Contains("INDEX idx_posts_author_id ON public.posts USING btree (author_id)", indexes);
        Assert.Contains("INDEX idx_articles_search ON public.articles USING gin (search_vector)", indexes);
        Assert.Equal(1L, await connection.ScalarAsync<long>(
            "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'posts'::regclass AND confrelid = 'authors'::regclass", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_benchmark_role_owns_every_table_and_the_database_uses_collation_C()
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        var token = TestContext.Current.CancellationToken;
        Assert.Equal(LabDatabases.Role, await connection.ScalarAsync<string>("SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables WHERE schemaname = 'public'", token));
        Assert.Equal(16L, await connection.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", token));
        Assert.Equal("C|C|UTF8|benchmark", await connection.ScalarAsync<string>(
            "SELECT datcollate || '|' || datctype || '|' || pg_encoding_to_char(encoding) || '|' || pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()", token));
        Assert.Equal("pg_stat_statements", await connection.ScalarAsync<string>("SELECT extname::text FROM pg_extension WHERE extname = 'pg_stat_statements'", token));
        Assert.Equal("pg_stat_statements", await connection.ScalarAsync<string>("SHOW shared_preload_libraries", token));
    }
}
