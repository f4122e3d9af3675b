using BenchLab.Infra.Seed;

namespace BenchLab.Infra.Tests.Seed;

/// <summary>The seed's rows, before any database sees them, against the contract's rules written out independently.</summary>
public sealed class SeedRulesTests
{
    [Theory]
    [MemberData(nameof(SampledIds.SeededTables), MemberType = typeof(SampledIds))]
    public void Sampled_rows_follow_the_contract_rules(string table)
    {
        var seed = SeedCatalog.For(table);
        Assert.Equal(ExpectedSeed.RowCounts[table], seed.RowCount);
        foreach (var i in SampledIds.For(table))
        {
            var expected = ExpectedSeed.Row(table, i);
            Assert.Equal(expected.Select(c => c.Column), seed.Columns.Select(c => c.Name));
            Assert.Equal(expected.Select(c => c.Text), CapturingRowWriter.Capture(seed, i));
        }
    }

    [Fact]
    public void Every_table_of_the_contract_has_a_seed_except_the_empty_bulk_items()
    {
        var seeded = SeedCatalog.All.Select(seed => seed.Table).Order();
        Assert.Equal(ExpectedSeed.RowCounts.Keys.Where(t => t != "bulk_items").Order(), seeded);
    }

    [Fact]
    public void Fixtures_of_section_2_5_hold_before_loading()
    {
        Assert.Equal(["1", "User1", "user1@benchmark.com", "2025-12-31 21:48:01"], CapturingRowWriter.Capture(SeedCatalog.For("users"), 1));
        Assert.Equal("2025-12-30 08:16:40", CapturingRowWriter.Capture(SeedCatalog.For("users"), 1000)[3]);
        Assert.Equal("2025-12-16 11:46:40", CapturingRowWriter.Capture(SeedCatalog.For("users"), 100000)[3]);
        var wide = CapturingRowWriter.Capture(SeedCatalog.For("users_wide"), 1);
        Assert.Equal(["inactive", "010-1037-1053", "Country1", "10101", "1970-01-14", "male", "2025-12-31 21:51:23", "37"],
            new[] { wide[3], wide[5], wide[8], wide[9], wide[10], wide[11], wide[17], wide[18] });
        Assert.Equal("1535b91e-6917-2c72-cc97-2f21d2a79b34", CapturingRowWriter.Capture(SeedCatalog.For("users_type_uuid"), 1)[3]);
        Assert.Equal(["7919", "7927", "7933", "7937", "7949"], CapturingRowWriter.Capture(SeedCatalog.For("users_type_int"), 1).Skip(3));
        var post8 = CapturingRowWriter.Capture(SeedCatalog.For("posts"), 8);
        Assert.Equal(["3346", "2026-01-08 21:48:01"], new[] { post8[4], post8[5] });
        Assert.Equal(["bababa", "kedimo", "zuzuzu"], new[] { SeedRules.Word(0), SeedRules.Word(123), SeedRules.Word(999) });
    }

    [Fact]
    public void Sum_of_login_count_is_the_contract_figure()
    {
        var seed = SeedCatalog.For("users_wide");
        long sum = 0;
        for (var i = 1; i <= seed.RowCount; i++)
        {
            sum += long.Parse(CapturingRowWriter.Capture(seed, i)[18]!, System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(49_998_916, sum);
    }

    [Fact]
    public void Article_bodies_are_thirty_words_of_209_characters()
    {
        var body = CapturingRowWriter.Capture(SeedCatalog.For("articles"), 1)[2]!;
        Assert.Equal(30, body.Split(' ').Length);
        Assert.Equal(209, body.Length);
    }
}
