using BenchLab.Servers.Verification.Auth;
using BenchLab.Servers.Verification.Expectations;

namespace BenchLab.Servers.Tests.Verification;

/// <summary>
/// What verify expects, computed from the seed rules, against the numbers contract §2.5 writes out — so that a
/// wrong expectation cannot make verify pass a wrong server.
/// </summary>
public sealed class ContractFixtureTests
{
    [Fact]
    public void Country_statistics_start_as_section_2_5_says()
    {
        var top = AggregationExpectations.CountryStatsOrdered.Take(3).Select(stats => (stats.Country, stats.Users, stats.TotalLogins)).ToList();

        Assert.Equal([("Country0", 2000L, 1000848L), ("Country1", 2000L, 1000470L), ("Country10", 2000L, 999804L)], top);
        Assert.Equal(50, AggregationExpectations.CountryStatsOrdered.Count);
        Assert.All(AggregationExpectations.CountryStatsOrdered, stats => Assert.Equal(2000, stats.Users));
        Assert.Equal(49_998_916L, AggregationExpectations.CountryStatsOrdered.Sum(stats => stats.TotalLogins));
    }

    [Fact]
    public void Author_statistics_start_as_section_2_5_says()
    {
        var top = AggregationExpectations.AuthorStatsOrdered.Take(3).Select(stats => (stats.AuthorId, stats.Posts, stats.TotalViews)).ToList();

        Assert.Equal([(1, 8L, 45060L), (2, 8L, 41825L), (3, 8L, 28589L)], top);
        Assert.Equal(5228.125, (double)AggregationExpectations.AuthorStatsOrdered[1].TotalViews / 8);
    }

    [Theory]
    [InlineData("bababa", 3300)]
    [InlineData("kedimo", 3400)]
    [InlineData("zuzuzu", 3400)]
    public void Search_totals_are_the_section_2_5_fixtures(string word, int total)
    {
        var ids = SearchExpectations.MatchingIds(word);

        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Order(), ids);
    }

    [Fact]
    public void Test_tokens_are_broken_exactly_as_named()
    {
        var tokens = new TestTokens(BenchLab.Servers.Manifests.LabVariables.DefaultJwtSecret);

        Assert.True(tokens.HasValidSignature(tokens.Valid(42, "user42@benchmark.com")));
        Assert.True(tokens.HasValidSignature(tokens.Expired(42, "user42@benchmark.com")));
        Assert.False(tokens.HasValidSignature(tokens.Forged(42, "user42@benchmark.com")));
        var (header, payload) = TestTokens.Decode(TestTokens.AlgorithmNone(42, "user42@benchmark.com"))!.Value;
        Assert.Equal("none", header.GetProperty("alg").GetString());
        Assert.Equal("42", payload.GetProperty("sub").GetString());
        var expired = TestTokens.Decode(tokens.Expired(42, "user42@benchmark.com"))!.Value.Payload;
        Assert.InRange(TestTokens.Now() - expired.GetProperty("exp").GetInt64(), 59, 61);
        Assert.Equal("HS384", TestTokens.Decode(tokens.OtherAlgorithm(42, "x@y"))!.Value.Header.GetProperty("alg").GetString());
    }
}
