using BenchLab.Infra.Database;

namespace BenchLab.Infra.Tests.Seed;

/// <summary>The loaded benchmark database: every table's row count and sampled rows equal the seed rules.</summary>
public sealed class SeededDatabaseTests
{
    [Theory]
    [MemberData(nameof(SampledIds.SeededTables), MemberType = typeof(SampledIds))]
    public async Task Sampled_rows_equal_the_seed_rules(string table)
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        var differences = new List<string>();
        foreach (var key in SampledIds.For(table))
        {
            differences.AddRange(await RowComparer.DifferencesAsync(connection, table, key));
        }
        Assert.Empty(differences);
    }

    [Fact]
    public async Task Every_table_holds_its_row_count()
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        foreach (var (table, rows) in ExpectedSeed.RowCounts)
        {
            Assert.Equal((long)rows, await connection.ScalarAsync<long>($"SELECT count(*) FROM {table}", TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Keys_are_dense_from_one_and_sequences_continue_after_the_last_row()
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        foreach (var (table, rows) in ExpectedSeed.RowCounts.Where(pair => pair.Key != "search_vocab" && pair.Value > 0))
        {
            Assert.Equal((long)rows, await connection.ScalarAsync<long>($"SELECT count(DISTINCT id) FILTER (WHERE id BETWEEN 1 AND {rows}) FROM {table}", TestContext.Current.CancellationToken));
            Assert.Equal((long)rows, await connection.ScalarAsync<long>($"SELECT last_value FROM {table}_id_seq", TestContext.Current.CancellationToken));
        }
        Assert.Equal(1000L, await connection.ScalarAsync<long>("SELECT count(DISTINCT j) FILTER (WHERE j BETWEEN 0 AND 999) FROM search_vocab", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Aggregation_fixtures_of_section_2_5_hold()
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        var token = TestContext.Current.CancellationToken;
        Assert.Equal(49_998_916L, await connection.ScalarAsync<long>("SELECT sum(login_count) FROM users_wide", token));
        Assert.Equal("100000|100000|2", await connection.ScalarAsync<string>("SELECT count(*) || '|' || count(id) || '|' || count(DISTINCT status) FROM users_wide", token));
        Assert.Equal(
            "Country0 2000 1000848 500.424|Country1 2000 1000470 500.235|Country10 2000 999804 499.902",
            await connection.ScalarAsync<string>(
                """
                SELECT string_agg(country || ' ' || user_count || ' ' || total_logins || ' ' || round(avg_logins, 3), '|' ORDER BY user_count DESC, country)
                FROM (SELECT country, count(id) AS user_count, sum(login_count) AS total_logins, avg(login_count) AS avg_logins
                      FROM users_wide GROUP BY country ORDER BY user_count DESC, country ASC LIMIT 3) top
                """, token));
        Assert.Equal(1L, await connection.ScalarAsync<long>("SELECT count(DISTINCT c) FROM (SELECT count(*) AS c FROM users_wide GROUP BY country) per_country", token));
        Assert.Equal(
            "1 8 45060 5632.500|2 8 41825 5228.125|3 8 28589 3573.625",
            await connection.ScalarAsync<string>(
                """
                SELECT string_agg(id || ' ' || n || ' ' || views || ' ' || round(average, 3), '|' ORDER BY n DESC, id)
                FROM (SELECT a.id, count(p.id) AS n, sum(p.view_count) AS views, avg(p.view_count) AS average
                      FROM authors a JOIN posts p ON p.author_id = a.id GROUP BY a.id, a.name ORDER BY count(p.id) DESC, a.id ASC LIMIT 3) top
                """, token));
    }

    [Fact]
    public async Task Search_fixtures_hold_for_like_and_full_text_alike()
    {
        await using var connection = await SharedBenchmarkDatabase.OpenAsync();
        var token = TestContext.Current.CancellationToken;
        foreach (var (word, matches) in new[] { ("bababa", 3300L), ("kedimo", 3400L), ("zuzuzu", 3400L) })
        {
            Assert.Equal(matches, await connection.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE search_vector @@ plainto_tsquery('simple', '{word}')", token));
            Assert.Equal(matches, await connection.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE title LIKE '%{word}%' OR body LIKE '%{word}%'", token));
        }
        // Every vocabulary word matches 3,300 or 3,400 articles, 3,388.8 on average.
        Assert.Equal(
            "3300|3400|3388.80",
            await connection.ScalarAsync<string>(
                """
                SELECT min(n) || '|' || max(n) || '|' || round(avg(n), 2) FROM (
                  SELECT (SELECT count(*) FROM articles WHERE search_vector @@ plainto_tsquery('simple', v.word)) AS n FROM search_vocab v) counts
                """, token));
    }
}
