using BenchLab.Infra.Seed;
using BenchLab.Infra.Seed.Tables;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Expectations;

/// <summary>
/// The answers of §3.9 computed from the seed rules (their first rows are the fixtures of §2.5): counts of
/// users_wide, logins per country, views per author, in the contract's total order.
/// </summary>
public static class AggregationExpectations
{
    private static readonly Lazy<IReadOnlyList<CountryStats>> Countries = new(ComputeCountries);
    private static readonly Lazy<IReadOnlyList<AuthorStats>> Authors = new(ComputeAuthors);

    public static ObjectExpectation Counts() => Expect.Object(
        ("count_star", Expect.Int(SeedRules.UserRows)),
        ("count_id", Expect.Int(SeedRules.UserRows)),
        ("count_distinct_status", Expect.Int(2)));

    /// <summary><c>ORDER BY user_count DESC, country ASC LIMIT limit</c>.</summary>
    public static ArrayExpectation CountryStatsTop(int limit) => Expect.Array(Countries.Value.Take(limit).Select(stats => (JsonExpectation)Expect.Object(
        ("country", Expect.String(stats.Country)),
        ("user_count", Expect.Int(stats.Users)),
        ("total_logins", Expect.Int(stats.TotalLogins)),
        ("avg_logins", Expect.Number((double)stats.TotalLogins / stats.Users)))));

    /// <summary><c>ORDER BY count(p.id) DESC, a.id ASC LIMIT limit</c>.</summary>
    public static ArrayExpectation AuthorStatsTop(int limit) => Expect.Array(Authors.Value.Take(limit).Select(stats => (JsonExpectation)Expect.Object(
        ("author_id", Expect.Int(stats.AuthorId)),
        ("author_name", Expect.String(stats.Name)),
        ("post_count", Expect.Int(stats.Posts)),
        ("total_views", Expect.Int(stats.TotalViews)),
        ("avg_views", Expect.Number((double)stats.TotalViews / stats.Posts)))));

    public static IReadOnlyList<CountryStats> CountryStatsOrdered => Countries.Value;

    public static IReadOnlyList<AuthorStats> AuthorStatsOrdered => Authors.Value;

    private static List<CountryStats> ComputeCountries() =>
    [
        .. SeedValues.Rows(new UsersWideSeed())
            .GroupBy(row => (string)row["country"], StringComparer.Ordinal)
            .Select(group => new CountryStats(group.Key, group.LongCount(), group.Sum(row => (long)(int)row["login_count"])))
            // Collation C (D20): bytewise order of the tie-breaking name.
            .OrderByDescending(stats => stats.Users).ThenBy(stats => stats.Country, StringComparer.Ordinal),
    ];

    private static List<AuthorStats> ComputeAuthors()
    {
        var names = SeedValues.Rows(new AuthorsSeed()).ToDictionary(row => (int)row["id"], row => (string)row["name"]);
        return
        [
            .. SeedValues.Rows(new PostsSeed())
                .GroupBy(row => (int)row["author_id"])
                .Select(group => new AuthorStats(group.Key, names[group.Key], group.LongCount(), group.Sum(row => (long)(int)row["view_count"])))
                .OrderByDescending(stats => stats.Posts).ThenBy(stats => stats.AuthorId),
        ];
    }

    public sealed record CountryStats(string Country, long Users, long TotalLogins);

    public sealed record AuthorStats(int AuthorId, string Name, long Posts, long TotalViews);
}
