using BenchLab.Load.Metrics;
using BenchLab.Load.Thresholds;
using HdrHistogram;

namespace BenchLab.Load.Tests.Thresholds;

public sealed class ThresholdTests
{
    [Fact]
    public void K6_syntax_parses_with_tag_filters_that_contain_colons()
    {
        var threshold = Threshold.Parse("group_duration{group:::A. Count ORM}: p(95)<300");

        Assert.Equal("group_duration", threshold.Metric);
        Assert.Equal("::A. Count ORM", threshold.Filter["group"]);
        Assert.Equal(95, threshold.Percentile);
        Assert.Equal("<", threshold.Operator);
        Assert.Equal(300, threshold.Value);
        Assert.False(threshold.AbortOnFail);
        Assert.True(Threshold.Parse("http_req_failed: rate<0.01 abortOnFail").AbortOnFail);
        Assert.Equal("http_req_duration{name:GET /users}: p(99.9)<=12.5", Threshold.Parse("http_req_duration{name:GET /users}: p(99.9)<=12.5").Text);
    }

    [Theory]
    [InlineData("http_req_duration p(95)<200", "no ':'")]
    [InlineData("http_req_latency: p(95)<200", "unknown metric 'http_req_latency'")]
    [InlineData("http_req_duration: p(95)<<200", "condition")]
    [InlineData("checks: p(95)<200", "checks takes rate")]
    [InlineData("http_reqs: avg>5", "count or rate")]
    [InlineData("http_req_duration{status:200}: p(95)<200", "class such as 2xx")]
    [InlineData("http_req_duration: p(0)<200", "percentile")]
    public void Mistakes_say_what_is_wrong(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => Threshold.Parse(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_pass_and_fail_on_the_observed_value()
    {
        var source = new FakeSource();
        for (var ms = 1; ms <= 100; ms++)
        {
            source.Latency.RecordValue(ms * 1000);
        }

        Assert.True(Evaluate("http_req_duration: p(95)<100", source).Passed);
        Assert.False(Evaluate("http_req_duration: p(95)<90", source).Passed);
        Assert.Equal(95, Evaluate("http_req_duration: p(95)<90", source).Observed, 0);
        Assert.InRange(Evaluate("http_req_duration: avg<51", source).Observed, 50.4, 50.6);
        Assert.True(Evaluate("http_req_failed: rate<0.05", source).Passed);
        Assert.False(Evaluate("http_req_failed: rate<0.01", source).Passed);
        Assert.True(Evaluate("http_reqs: rate>=50", source).Passed);
        Assert.True(Evaluate("http_reqs: count==100", source).Passed);
    }

    [Fact]
    public void A_threshold_that_matches_nothing_fails_with_a_note()
    {
        var result = Evaluate("group_duration{group:::Nope}: p(95)<100", new FakeSource());

        Assert.False(result.Passed);
        Assert.Equal("no samples matched", result.Note);
    }

    [Fact]
    public void Filters_match_group_name_status_class_and_tags()
    {
        var key = new SeriesKey("::Flow", "POST /auth/login/jwt", "step=login");
        bool Match(params (string, string)[] filter) => SeriesFilter.Matches(filter.ToDictionary(f => f.Item1, f => f.Item2), key, 2);

        Assert.True(Match(("group", "Flow")));
        Assert.True(Match(("group", "::Flow"), ("step", "login"), ("status", "2xx")));
        Assert.False(Match(("status", "5xx")));
        Assert.False(Match(("name", "GET /flow/profile")));
        Assert.False(Match(("step", "read")));
    }

    private static ThresholdResult Evaluate(string text, IMetricSource source) => ThresholdEvaluator.Evaluate(Threshold.Parse(text), source);

    private sealed class FakeSource : IMetricSource
    {
        public LongHistogram Latency { get; } = HistogramConfig.CreateFull();

        public double DurationSeconds => 2;

        public HistogramBase? Trend(string metric, IReadOnlyDictionary<string, string> filter) =>
            metric == MetricNames.HttpReqDuration ? Latency : HistogramConfig.CreateFull();

        public (long Hits, long Total) Rate(string metric, IReadOnlyDictionary<string, string> filter) => (3, 100);

        public double Count(string metric, IReadOnlyDictionary<string, string> filter) => 100;
    }
}
