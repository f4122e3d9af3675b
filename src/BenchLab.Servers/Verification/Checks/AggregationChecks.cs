using BenchLab.Servers.Verification.Expectations;
using BenchLab.Servers.Verification.Http;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.9: both forms (ORM and raw) of each aggregation return the full bodies computed from the seed
/// rules (whose first rows are the §2.5 fixtures), in the contract's total order; count/orm takes three statements,
/// everything else one.
/// </summary>
public sealed class AggregationChecks : CheckGroup
{
    public override string Name => "aggregation";

    public override string Section => "§3.9";

    public override IReadOnlyList<string> Scenarios => ["18"];

    public override async Task RunAsync(VerifyRun run)
    {
        foreach (var form in new[] { "orm", "raw" })
        {
            await run.CheckAsync($"GET /aggregation/count/{form}: count_star 100000, count_id 100000, count_distinct_status 2", async () =>
                (await run.Http.GetAsync($"/aggregation/count/{form}", run.Cancellation)).ExpectJson(200, AggregationExpectations.Counts()));
            await run.StatementsAsync($"GET /aggregation/count/{form}", form == "orm" ? 3 : 1, _ => run.Http.GetAsync($"/aggregation/count/{form}", run.Cancellation));

            var country = $"/aggregation/stats/country/{form}";
            await run.CheckAsync($"GET {country}: the top 10 countries by user_count, then name (Country0, Country1, Country10, …)", async () =>
                (await run.Http.GetAsync(country, run.Cancellation)).ExpectJson(200, AggregationExpectations.CountryStatsTop(10)));
            await run.CheckAsync($"GET {country}?limit=100: all 50 countries", async () =>
                (await run.Http.GetAsync($"{country}?limit=100", run.Cancellation)).ExpectJson(200, AggregationExpectations.CountryStatsTop(100)));
            await run.CheckAsync($"GET {country}?limit=1: Country0 (2000, 1000848, 500.424)", async () =>
                (await run.Http.GetAsync($"{country}?limit=1", run.Cancellation)).ExpectJson(200, AggregationExpectations.CountryStatsTop(1)));
            await run.StatementsAsync($"GET {country}", 1, _ => run.Http.GetAsync(country, run.Cancellation));

            var author = $"/aggregation/stats/author/{form}";
            await run.CheckAsync($"GET {author}: the top 10 authors by post count, then id (1: 8, 45060, 5632.5; …)", async () =>
                (await run.Http.GetAsync(author, run.Cancellation)).ExpectJson(200, AggregationExpectations.AuthorStatsTop(10)));
            await run.CheckAsync($"GET {author}?limit=100: 100 authors", async () =>
                (await run.Http.GetAsync($"{author}?limit=100", run.Cancellation)).ExpectJson(200, AggregationExpectations.AuthorStatsTop(100)));
            await run.StatementsAsync($"GET {author}", 1, _ => run.Http.GetAsync(author, run.Cancellation));
        }
    }
}
