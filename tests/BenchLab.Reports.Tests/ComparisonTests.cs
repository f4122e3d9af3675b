using BenchLab.Reports.Tests.Support;
using BenchLab.Results.Comparison;
using BenchLab.Results.Export;
using BenchLab.Results.Model;

namespace BenchLab.Reports.Tests;

/// <summary>`compare`'s statistics on results whose difference is known: it must find a real 20 % and invent none.</summary>
public sealed class ComparisonTests
{
    [Fact]
    public void A_known_20_percent_difference_is_detected_both_ways_with_an_interval_that_excludes_1()
    {
        var a = Run("a", SyntheticRuns.Repetitions(5, 1000, 20));
        var b = Run("b", SyntheticRuns.Repetitions(5, 800, 25));

        var slower = Assert.Single(RunComparison.Of(a, b).Scenarios);
        var faster = Assert.Single(RunComparison.Of(b, a).Scenarios);

        Assert.Equal(Verdict.Slower, slower.Verdict);
        var rps = slower.Metrics.Single(m => m.Metric == "req/s");
        Assert.Equal(0.8, rps.Ratio, 2);
        Assert.NotNull(rps.Interval);
        Assert.True(rps.Interval.Upper < 1 && rps.Interval.Lower > 0.7, $"CI {rps.Interval}");
        Assert.True(rps.PValue < 0.05, $"p = {rps.PValue}");
        Assert.Equal(Verdict.Slower, slower.Metrics.Single(m => m.Metric == "p95").Verdict);
        Assert.Equal(1.25, slower.Metrics.Single(m => m.Metric == "p95").Ratio, 2);

        Assert.Equal(Verdict.Faster, faster.Verdict);
        Assert.True(faster.Metrics.Single(m => m.Metric == "req/s").Interval!.Lower > 1);
    }

    [Fact]
    public void Two_identical_result_sets_show_no_detectable_difference()
    {
        var a = Run("a", SyntheticRuns.Repetitions(5, 1000, 20));
        var b = Run("b", SyntheticRuns.Repetitions(5, 1000, 20));

        var scenario = Assert.Single(RunComparison.Of(a, b).Scenarios);

        Assert.Equal(Verdict.NoDifference, scenario.Verdict);
        Assert.All(scenario.Metrics, m =>
        {
            Assert.Equal(1, m.Ratio, 9);
            Assert.True(m.Interval!.Contains(1), $"{m.Metric}: CI {m.Interval}");
            Assert.Equal(1, m.PValue!.Value, 9);
        });
    }

    [Fact]
    public void Overlapping_noise_with_a_small_shift_is_no_detectable_difference()
    {
        // Interleaved repetitions: B's median is 1 % lower, but A's and B's values alternate.
        var a = Run("a", [.. new[] { 1000.0, 1040, 960, 1020, 980 }.Select((rps, i) => SyntheticRuns.Repetition(i + 1, rps, 20))]);
        var b = Run("b", [.. new[] { 990.0, 1030, 950, 1010, 970 }.Select((rps, i) => SyntheticRuns.Repetition(i + 1, rps, 20))]);

        var rps = RunComparison.Of(a, b).Scenarios[0].Metrics.Single(m => m.Metric == "req/s");

        Assert.Equal(Verdict.NoDifference, rps.Verdict);
        Assert.True(rps.Interval!.Contains(1));
        Assert.True(rps.PValue > 0.05);
    }

    [Fact]
    public void Fewer_than_five_repetitions_a_side_give_the_ratio_and_no_verdict()
    {
        var a = Run("a", SyntheticRuns.Repetitions(4, 1000, 20));
        var b = Run("b", SyntheticRuns.Repetitions(5, 800, 25));

        var scenario = Assert.Single(RunComparison.Of(a, b).Scenarios);

        Assert.Equal(Verdict.NoVerdict, scenario.Verdict);
        var rps = scenario.Metrics.Single(m => m.Metric == "req/s");
        Assert.Equal(0.8, rps.Ratio, 2);
        Assert.Null(rps.Interval);
        Assert.Null(rps.PValue);
        Assert.Contains("needs 5 on each side", rps.Reason, StringComparison.Ordinal);
        Assert.Contains("no verdict possible", ComparisonMarkdown.Render(RunComparison.Of(a, b)), StringComparison.Ordinal);
    }

    [Fact]
    public void More_throughput_with_a_worse_tail_is_mixed()
    {
        var a = Run("a", [.. Enumerable.Range(1, 5).Select(i => SyntheticRuns.Repetition(i, 1000 + i, 20 + (i * 0.1)))]);
        var b = Run("b", [.. Enumerable.Range(1, 5).Select(i => SyntheticRuns.Repetition(i, 1300 + i, 40 + (i * 0.1)))]);

        var scenario = Assert.Single(RunComparison.Of(a, b).Scenarios);

        Assert.Equal(Verdict.Faster, scenario.Metrics.Single(m => m.Metric == "req/s").Verdict);
        Assert.Equal(Verdict.Slower, scenario.Metrics.Single(m => m.Metric == "p95").Verdict);
        Assert.Equal(Verdict.Mixed, scenario.Verdict);
    }

    [Fact]
    public void Invalid_repetitions_are_left_out_and_said()
    {
        var reps = SyntheticRuns.Repetitions(6, 1000, 20).ToList();
        reps[5] = reps[5] with { Valid = false, Load = reps[5].Load with { RequestsPerSecond = 1 } };
        var a = Run("a", reps);
        var b = Run("b", SyntheticRuns.Repetitions(5, 1000, 20));

        var scenario = Assert.Single(RunComparison.Of(a, b).Scenarios);

        Assert.Equal(5, scenario.BaselineRepetitions);
        Assert.Equal(Verdict.NoDifference, scenario.Verdict);
        Assert.Contains(scenario.Notes, n => n.Contains("1 of 6 repetitions left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Groups_are_compared_too_and_the_markdown_shows_interval_and_verdict()
    {
        var a = Run("a", [.. Enumerable.Range(1, 5).Select(i => SyntheticRuns.Repetition(i, 300 + i, 80, groups: [("A. Lazy Loading (N+1)", 100 + i)]))]);
        var b = Run("b", [.. Enumerable.Range(1, 5).Select(i => SyntheticRuns.Repetition(i, 600 + i, 40, groups: [("A. Lazy Loading (N+1)", 50 + i)]))]);

        var comparison = RunComparison.Of(a, b);
        var markdown = ComparisonMarkdown.Render(comparison);

        var group = Assert.Single(comparison.Scenarios[0].Groups);
        Assert.Equal("A. Lazy Loading (N+1) p95", group.Metric);
        Assert.Equal(Verdict.Faster, group.Verdict);
        Assert.Contains("| 11-db-n-plus-one | 5 / 5 | **faster** |", markdown, StringComparison.Ordinal);
        Assert.Contains("A. Lazy Loading (N+1) p95", markdown, StringComparison.Ordinal);
        Assert.Matches(@"\| 11-db-n-plus-one \| req/s \| 303 \| 603 \| 1\.99\d?× \| 1\.9\d*× – 2\.0\d*× \| 0\.008 \| faster \|", markdown);
    }

    [Fact]
    public void Scenarios_on_one_side_only_and_different_placements_are_said()
    {
        var a = Run("a", SyntheticRuns.Repetitions(5, 1000, 20));
        var b = SyntheticRuns.Run("minimal", "b", "full", SyntheticRuns.Scenario("03", "03-db-read", SyntheticRuns.Repetitions(5, 1000, 20)));
        b = b with { Environment = b.Environment with { Placement = "split" } };

        var comparison = RunComparison.Of(a, b);

        Assert.Empty(comparison.Scenarios);
        Assert.Equal(["11-db-n-plus-one"], comparison.OnlyInBaseline);
        Assert.Equal(["03-db-read"], comparison.OnlyInCandidate);
        Assert.Contains(comparison.Warnings, w => w.Contains("different placements", StringComparison.Ordinal));
    }

    private static RunResult Run(string variant, IEnumerable<RepetitionResult> repetitions) =>
        SyntheticRuns.Run("minimal", variant, "full", SyntheticRuns.Scenario("11", "11-db-n-plus-one", repetitions));
}
