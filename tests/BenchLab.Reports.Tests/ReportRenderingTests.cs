using System.Text.Json;
using BenchLab.Reports.Tests.Support;
using BenchLab.Results.Model;

namespace BenchLab.Reports.Tests;

/// <summary>report.html as a reader gets it: opened offline in headless Chromium, every chart drawn, nothing complained about.</summary>
public sealed class ReportRenderingTests(HeadlessChromium chromium)
{
    private static readonly string[] TimeCharts =
        ["latency-timeline", "throughput-timeline", "latency-distribution", "server-usage", "statements-per-request", "hit-ratios"];

    [Fact]
    public async Task One_result_renders_every_chart_with_no_console_error_and_no_request_outside_the_file()
    {
        var run = SyntheticRuns.Run("minimal", null, "full",
            SyntheticRuns.Scenario("03", "03-db-read", SyntheticRuns.Repetitions(5, 1000, 20, records: true)),
            SyntheticRuns.Scenario("11", "11-db-n-plus-one", GroupedRepetitions(5)));
        var file = await WriteAsync([run]);

        await using var rendered = await chromium.OpenAsync(file);

        Assert.Empty(rendered.ConsoleProblems);
        Assert.All(rendered.Requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
        Assert.Equal(TimeCharts, await ChartKindsAsync(rendered, "scenario-03"));
        Assert.Equal(TimeCharts, await ChartKindsAsync(rendered, "scenario-11"));
        await AssertEveryChartDrawnAsync(rendered, 12);
    }

    [Fact]
    public async Task Several_results_add_bar_charts_per_scenario_and_a_comparison_with_ratio_charts()
    {
        var pool1 = SyntheticRuns.Run("minimal", "pool1", "full", SyntheticRuns.Scenario("11", "11-db-n-plus-one", GroupedRepetitions(5, 0.5)));
        var pool20 = SyntheticRuns.Run("minimal", "pool20", "full", SyntheticRuns.Scenario("11", "11-db-n-plus-one", GroupedRepetitions(5)));
        var file = await WriteAsync([pool1, pool20]);

        await using var rendered = await chromium.OpenAsync(file);

        Assert.Empty(rendered.ConsoleProblems);
        string[] expected = ["compare-throughput", "compare-p95", .. TimeCharts];
        Assert.Equal(expected, await ChartKindsAsync(rendered, "scenario-11"));
        Assert.Equal(["compare-ratios", "compare-ratios"], await ChartKindsAsync(rendered, "comparisons"));
        await AssertEveryChartDrawnAsync(rendered, 10);
        var verdict = await rendered.Page.Locator("#comparisons table").First.InnerTextAsync();
        Assert.Contains("faster", verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_is_self_contained()
    {
        var run = SyntheticRuns.Run("minimal", null, "quick", SyntheticRuns.Scenario("03", "03-db-read", SyntheticRuns.Repetitions(1, 1000, 20, records: true)));
        var html = await File.ReadAllTextAsync(await WriteAsync([run]), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("quick run", html, StringComparison.Ordinal);
    }

    private static IEnumerable<RepetitionResult> GroupedRepetitions(int count, double speed = 1) =>
        Enumerable.Range(1, count).Select(i => SyntheticRuns.Repetition(i, 300 * speed * (1 + (i * 0.01)), 80 / speed, records: true,
            groups: [("A. Lazy Loading (N+1)", 100 / speed), ("B. Eager Loading (JOIN)", 25 / speed), ("C. Subquery Loading (IN)", 28 / speed)]));

    private static async Task<string> WriteAsync(IReadOnlyList<RunResult> runs)
    {
        var folder = Directory.CreateTempSubdirectory("benchlab-report-test-");
        var file = Path.Combine(folder.FullName, RunReport.FileName);
        // Through result.json and back, as ./benchlab report reads it.
        var read = new List<RunResult>();
        foreach (var (run, i) in runs.Select((r, i) => (r, i)))
        {
            var path = Path.Combine(folder.FullName, $"result-{i}.json");
            await Results.ResultJson.WriteAsync(run, path, TestContext.Current.CancellationToken);
            read.Add(await Results.ResultJson.ReadAsync(path, TestContext.Current.CancellationToken));
        }
        await RunReport.WriteAsync(read, file, TestContext.Current.CancellationToken);
        return file;
    }

    private static async Task<string[]> ChartKindsAsync(RenderedPage rendered, string sectionId) =>
        await rendered.Page.EvalOnSelectorAllAsync<string[]>($"#{sectionId} figure.chart", "figures => figures.map(f => f.dataset.chart)");

    /// <summary>Every figure holds one SVG that the browser laid out at a readable size, with data drawn in it.</summary>
    private static async Task AssertEveryChartDrawnAsync(RenderedPage rendered, int atLeast)
    {
        var charts = await rendered.Page.EvalOnSelectorAllAsync<JsonElement>("figure.chart", """
            figures => figures.map(f => {
              const svgs = f.querySelectorAll('svg');
              const box = svgs.length ? svgs[0].getBoundingClientRect() : { width: 0, height: 0 };
              return { id: f.id, svgs: svgs.length, width: box.width, height: box.height, paths: f.querySelectorAll('svg path').length, texts: f.querySelectorAll('svg text').length };
            })
            """);
        Assert.True(charts.GetArrayLength() >= atLeast, $"{charts.GetArrayLength()} charts, expected at least {atLeast}");
        foreach (var chart in charts.EnumerateArray())
        {
            var id = chart.GetProperty("id").GetString();
            Assert.True(chart.GetProperty("svgs").GetInt32() == 1, $"{id}: no single svg");
            Assert.True(chart.GetProperty("width").GetDouble() > 300 && chart.GetProperty("height").GetDouble() > 100, $"{id}: laid out at {chart.GetProperty("width")} × {chart.GetProperty("height")}");
            Assert.True(chart.GetProperty("paths").GetInt32() >= 5, $"{id}: only {chart.GetProperty("paths")} paths");
            Assert.True(chart.GetProperty("texts").GetInt32() >= 5, $"{id}: only {chart.GetProperty("texts")} labels");
        }
    }
}
