using BenchLab.Reports.Tests.Support;
using BenchLab.Results.Export;
using BenchLab.Results.Model;
using BenchLab.Results.Reference;

namespace BenchLab.Reports.Tests;

/// <summary>The original's findings checked against results whose answer the test knows.</summary>
public sealed class FindingsTests
{
    private const string Eager = "Eager loading (JOIN) is about 4× faster than lazy (N+1)";

    [Theory]
    [InlineData(25, FindingStatus.Holds)]
    [InlineData(5, FindingStatus.Refined)]
    [InlineData(120, FindingStatus.Contradicted)]
    public void Eager_against_lazy_holds_is_refined_or_contradicted_by_the_ratio(double eagerP95, FindingStatus expected)
    {
        var measurements = Measurements(NPlusOne(5, lazy: 100, eager: eagerP95));

        var finding = Find(measurements, Eager);

        Assert.Equal(expected, finding.Status);
        Assert.False(finding.Indicative);
        Assert.NotNull(finding.Interval);
        Assert.InRange(finding.OursValue!.Value, 100 / eagerP95 * 0.98, 100 / eagerP95 * 1.02);
        Assert.Contains("median of 5 per-repetition ratios", finding.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_five_repetitions_give_an_indicative_status_without_interval()
    {
        var finding = Find(Measurements(NPlusOne(3, lazy: 100, eager: 25)), Eager);

        Assert.Equal(FindingStatus.Holds, finding.Status);
        Assert.True(finding.Indicative);
        Assert.Null(finding.Interval);
        Assert.Contains("indicative", FindingsMarkdown.Status(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void A_difference_lost_in_noise_is_inconclusive()
    {
        // Cursor faster in some repetitions, slower in others.
        var reps = new[] { (50.0, 45.0), (50, 55), (50, 48), (50, 53), (50, 50) }
            .Select((p, i) => SyntheticRuns.Repetition(i + 1, 600, 50, groups: [("OFFSET pagination", p.Item1), ("Cursor pagination", p.Item2)]));
        var finding = Find(Measurements(SyntheticRuns.Scenario("09", "09-db-pagination", reps)), "Cursor pagination is faster than OFFSET");

        Assert.Equal(FindingStatus.Inconclusive, finding.Status);
    }

    [Fact]
    public void Two_scenarios_are_compared_as_independent_samples()
    {
        var measurements = Measurements(
            SyntheticRuns.Scenario("14", "14-no-cache", SyntheticRuns.Repetitions(5, 2000, 23)),
            SyntheticRuns.Scenario("16-a", "16-a-pure-hit", SyntheticRuns.Repetitions(5, 9000, 2.3)));

        var latency = Find(measurements, "A cache hit is about 10× faster than no cache (p95)");
        var throughput = Find(measurements, "A cache hit serves about 4.5× the throughput of no cache");

        Assert.Equal(FindingStatus.Holds, latency.Status);
        Assert.Equal(10, latency.OursValue!.Value, 1);
        Assert.Contains("ratio of medians over 5 and 5 repetitions", latency.Basis, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Holds, throughput.Status);
        Assert.Equal(4.5, throughput.OursValue!.Value, 1);
    }

    [Fact]
    public void Pessimistic_locking_holds_only_when_every_repetition_is_exact()
    {
        static RepetitionResult Rep(int i, double lost) => SyntheticRuns.Repetition(i, 500, 10, outcomes:
        [
            new Outcome("pessimistic: success rate", lost == 0 ? 1 : 0.99, "ratio"),
            new Outcome("pessimistic: lost updates", lost, "updates"),
            new Outcome("pessimistic: successes", 1000, "requests"),
            new Outcome("no-lock: success rate", 1, "ratio"),
            new Outcome("no-lock: lost updates", 300, "updates"),
            new Outcome("no-lock: successes", 1000, "requests"),
        ]);
        var exact = Measurements(SyntheticRuns.Scenario("13", "13-db-transactions", Enumerable.Range(1, 5).Select(i => Rep(i, 0))));
        var lossy = Measurements(SyntheticRuns.Scenario("13", "13-db-transactions", Enumerable.Range(1, 5).Select(i => Rep(i, i == 3 ? 2 : 0))));

        Assert.Equal(FindingStatus.Holds, Find(exact, "Pessimistic locking: 100 % success, no lost update").Status);
        Assert.Equal(FindingStatus.Contradicted, Find(lossy, "Pessimistic locking: 100 % success, no lost update").Status);
        var noLock = Find(exact, "Without a lock, concurrent decrements lose updates");
        Assert.Equal(FindingStatus.Holds, noLock.Status);
        Assert.Equal(0.3, noLock.OursValue!.Value, 9);
    }

    [Fact]
    public void Findings_without_their_scenarios_are_not_measured()
    {
        var findings = OriginalFindings.Evaluate(Measurements(NPlusOne(5, 100, 25)));

        Assert.Equal(OriginalFindings.All.Count, findings.Count);
        Assert.Equal(FindingStatus.NotMeasured, findings.Single(f => f.Claim == "Session auth is faster than JWT (p95)").Status);
        Assert.Equal("not measured (17-b, 17-c)", findings.Single(f => f.Claim == "Session auth is faster than JWT (p95)").Ours);
    }

    [Fact]
    public void The_reference_table_puts_our_median_beside_the_original_and_prefers_full_runs()
    {
        var full = SyntheticRuns.Run("minimal", null, "full", SyntheticRuns.Scenario("03", "03-db-read", SyntheticRuns.Repetitions(5, 1000, 20)));
        var newerQuick = SyntheticRuns.Run("minimal", null, "quick", SyntheticRuns.Scenario("03", "03-db-read", SyntheticRuns.Repetitions(1, 50, 400))) with
        {
            StartedAt = full.StartedAt.AddDays(1),
        };

        var rows = ReferenceTable.Rows(new LatestMeasurements("minimal", [newerQuick, full]));

        var rps = rows.Single(r => r.ScenarioId == "03" && r.Metric == "req/s");
        Assert.Equal(1000, rps.Ours, 0);
        Assert.Equal(146.93, rps.Original);
        Assert.Equal(1000 / 146.93, rps.Speedup, 2);
        var p95 = rows.Single(r => r.ScenarioId == "03" && r.Metric == "p95");
        Assert.Equal(89.881 / 20, p95.Speedup, 1);
        Assert.Contains("09", ReferenceTable.NotMeasured(rows));
        Assert.Contains("| 03 | req/s | 147 | 1,000 | 6.81× faster | 5 |", FindingsMarkdown.Render(new LatestMeasurements("minimal", [full])), StringComparison.Ordinal);
    }

    private static ScenarioResult NPlusOne(int count, double lazy, double eager) =>
        SyntheticRuns.Scenario("11", "11-db-n-plus-one", Enumerable.Range(1, count).Select(i =>
            SyntheticRuns.Repetition(i, 300, 80, groups: [("A. Lazy Loading (N+1)", lazy * (1 + (i * 0.01))), ("B. Eager Loading (JOIN)", eager * (1 + (i * 0.012))), ("C. Subquery Loading (IN)", 28)])));

    private static LatestMeasurements Measurements(params ScenarioResult[] scenarios) =>
        new("minimal", [SyntheticRuns.Run("minimal", null, "full", scenarios)]);

    private static FindingResult Find(LatestMeasurements measurements, string claim) =>
        OriginalFindings.Evaluate(measurements).Single(f => f.Claim == claim);
}
