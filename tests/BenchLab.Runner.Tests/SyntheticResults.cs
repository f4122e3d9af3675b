using BenchLab.Results.Model;

namespace BenchLab.Runner.Tests;

/// <summary>Small hand-made results for exporter and statistics tests.</summary>
public static class SyntheticResults
{
    public static RunResult Run(string mode, params ScenarioResult[] scenarios) => new()
    {
        RunId = "2026-11-27T120000",
        StartedAt = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero),
        FinishedAt = new DateTimeOffset(2026, 11, 27, 12, 5, 0, TimeSpan.Zero),
        Mode = mode,
        Environment = new RunEnvironment
        {
            CpuModel = "Test CPU", Cores = 2, MemoryGib = 24, Os = "Debian", Kernel = "6.1", DotnetVersion = "10.0.12",
            PostgresVersion = "15.20", RedisVersion = "7.0.15", Placement = "none", GitCommit = "abcdef1234567890",
        },
        Server = new ServerDescription { Name = "minimal", Variant = "pool1", VariantEnvironment = new Dictionary<string, string> { ["DB_POOL_MAX"] = "1" } },
        Scenarios = scenarios,
    };

    public static ScenarioResult Scenario(string id, string name, params RepetitionResult[] repetitions) => new()
    {
        Id = id,
        Name = name,
        Category = "basic",
        Shows = "test",
        Executor = "10 looping VUs for 30s",
        WarmupSeconds = 10,
        DurationSeconds = 30,
        Thresholds = [],
        Repetitions = repetitions,
        StatementsPerRequest = new Dictionary<string, double> { ["GET /n-plus-one/lazy"] = 21 },
    };

    public static RepetitionResult Repetition(int index, double rps, double p95, bool valid = true, params NamedTrend[] groups) => new()
    {
        Index = index,
        StartedAt = new DateTimeOffset(2026, 11, 27, 12, index, 0, TimeSpan.Zero),
        Valid = valid,
        InvalidReasons = valid ? [] : ["check 'status is 200' failed 50 of 100 times (more than 1 %)"],
        Load = new LoadSummary
        {
            Requests = (long)(rps * 30),
            RequestsPerSecond = rps,
            FailedRequests = 0,
            Iterations = (long)(rps * 30),
            IterationsPerSecond = rps,
            DurationSeconds = 30,
            Latency = new TrendSummary((long)(rps * 30), p95 / 2, 0.1, p95 / 2, p95 * 3, p95 * 0.9, p95, p95 * 1.5),
            ByGroup = groups,
        },
        Outcomes = [new Outcome("pessimistic: lost updates", 0, "updates", Expected: "0", Holds: true)],
    };

    public static NamedTrend Group(string name, double p95) => new(name, new TrendSummary(100, p95 / 2, 0.1, p95 / 2, p95 * 2, p95, p95, p95));
}
