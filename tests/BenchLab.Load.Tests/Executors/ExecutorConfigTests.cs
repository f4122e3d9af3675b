using BenchLab.Load.Executors;

namespace BenchLab.Load.Tests.Executors;

public sealed class ExecutorConfigTests
{
    [Fact]
    public void Validate_lists_every_problem_at_once()
    {
        var problems = new ConstantArrivalRate(0, TimeSpan.Zero, 5, 2) { MaxBacklog = -1 }.Validate();

        Assert.Contains(problems, p => p.StartsWith("rate must be greater than 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("duration must be longer than 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("maxVUs (2) must not be below preAllocatedVUs (5)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("maxBacklog", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Ramping_stages_are_checked()
    {
        var problems = new RampingVus(0, [new Stage(TimeSpan.FromSeconds(-1), -3)]).Validate();

        Assert.Contains(problems, p => p.Contains("stage 1: the duration must not be negative", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("stage 1: the target VUs must not be negative", StringComparison.Ordinal));
        Assert.Empty(new RampingVus(1, [new Stage(TimeSpan.FromSeconds(10), 5)]).Validate());
    }

    [Fact]
    public void Each_executor_describes_itself_in_one_line()
    {
        Assert.Equal("10 looping VUs for 30s", new ConstantVus(10, TimeSpan.FromSeconds(30)).Description());
        Assert.Equal("50.00 iterations/s for 1m0s (maxVUs: 10-100, backlog: 1000)", new ConstantArrivalRate(50, TimeSpan.FromMinutes(1), 10, 100).Description());
        Assert.Equal("5 iterations for each of 2 VUs (maxDuration: 10s)", new PerVuIterations(2, 5, TimeSpan.FromSeconds(10)).Description());
        Assert.StartsWith("Up to 100 looping VUs for 2m50s over 5 stages", Spike().Description(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ramping_vus_follow_the_stages_linearly()
    {
        var spike = Spike();

        Assert.Equal(10, spike.TargetVus(TimeSpan.FromSeconds(15)));
        Assert.Equal(55, spike.TargetVus(TimeSpan.FromSeconds(35)));
        Assert.Equal(100, spike.TargetVus(TimeSpan.FromSeconds(60)));
        Assert.Equal(10, spike.TargetVus(TimeSpan.FromSeconds(169)));
        Assert.Equal(TimeSpan.FromSeconds(170), spike.Duration);
    }

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("500ms", 500)]
    [InlineData("2.5", 2_500)]
    [InlineData("1h", 3_600_000)]
    [InlineData("50us", 0.05)]
    public void Durations_read_as_k6_writes_them(string text, double milliseconds)
    {
        Assert.True(DurationText.TryParse(text, out var value));
        Assert.Equal(milliseconds, value.TotalMilliseconds, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ten seconds")]
    [InlineData("10x")]
    [InlineData("-5s")]
    public void Bad_durations_are_rejected(string text) => Assert.False(DurationText.TryParse(text, out _));

    // contract §4, 21: 10 for 30 s, up to 100 in 10 s, 100 for 60 s, down to 10 in 10 s, 10 for 60 s.
    private static RampingVus Spike() => new(10,
    [
        new Stage(TimeSpan.FromSeconds(30), 10),
        new Stage(TimeSpan.FromSeconds(10), 100),
        new Stage(TimeSpan.FromSeconds(60), 100),
        new Stage(TimeSpan.FromSeconds(10), 10),
        new Stage(TimeSpan.FromSeconds(60), 10),
    ]);
}
