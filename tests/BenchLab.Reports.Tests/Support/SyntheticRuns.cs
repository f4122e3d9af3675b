using BenchLab.Results.Model;

namespace BenchLab.Reports.Tests.Support;

/// <summary>Hand-made results: figures chosen by the test, records in the lab's formats when a chart needs them.</summary>
public static class SyntheticRuns
{
    public static RunResult Run(string name, string? variant, string mode, params ScenarioResult[] scenarios) => new()
    {
        RunId = "2026-11-27T120000",
        StartedAt = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero),
        FinishedAt = new DateTimeOffset(2026, 11, 27, 12, 30, 0, TimeSpan.Zero),
        Mode = mode,
        Environment = new RunEnvironment
        {
            CpuModel = "Test CPU", Cores = 2, MemoryGib = 24, Os = "Debian GNU/Linux 12", Kernel = "6.1", DotnetVersion = "10.0.12",
            PostgresVersion = "15.20", RedisVersion = "7.0.15", Placement = "none", GitCommit = "abcdef1234567890",
            Settings = new Dictionary<string, string> { ["postgres.max_connections"] = "200" },
        },
        Server = new ServerDescription
        {
            Name = name,
            Variant = variant,
            VariantEnvironment = variant is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["DB_POOL_MAX"] = variant },
            Language = "C#",
            Framework = "ASP.NET Core 10 Minimal APIs",
            Settings = new Dictionary<string, string> { ["GC"] = "Server GC" },
        },
        Scenarios = scenarios,
    };

    public static ScenarioResult Scenario(string id, string name, IEnumerable<RepetitionResult> repetitions, params string[] thresholds) => new()
    {
        Id = id,
        Name = name,
        Category = "db-advanced",
        Shows = $"what {name} shows",
        Executor = "10 looping VUs for 30s",
        WarmupSeconds = 10,
        DurationSeconds = 10,
        Thresholds = thresholds,
        Repetitions = [.. repetitions],
        StatementsPerRequest = new Dictionary<string, double> { ["GET /users"] = 1 },
    };

    /// <summary>
    /// One repetition with the given throughput and p95 (p99 = 1.5 × p95); groups as (name, p95); with
    /// <paramref name="records"/> also the load and telemetry records the charts draw from.
    /// </summary>
    public static RepetitionResult Repetition(int index, double rps, double p95, bool records = false, IReadOnlyList<(string Name, double P95)>? groups = null, IReadOnlyList<Outcome>? outcomes = null)
    {
        groups ??= [];
        return new RepetitionResult
        {
            Index = index,
            StartedAt = new DateTimeOffset(2026, 11, 27, 12, index, 0, TimeSpan.Zero),
            Valid = true,
            Load = new LoadSummary
            {
                Requests = (long)(rps * 10),
                RequestsPerSecond = rps,
                FailedRequests = 0,
                Iterations = (long)(rps * 10),
                IterationsPerSecond = rps,
                DurationSeconds = 10,
                Latency = new TrendSummary((long)(rps * 10), p95 / 2, 0.1, p95 / 2, p95 * 3, p95 * 0.9, p95, p95 * 1.5),
                ByName = [new NamedTrend("GET /users", new TrendSummary((long)(rps * 10), p95 / 2, 0.1, p95 / 2, p95 * 3, p95 * 0.9, p95, p95 * 1.5), 0, 1000, rps)],
                ByGroup = [.. groups.Select(g => new NamedTrend(g.Name, new TrendSummary(100, g.P95 / 2, 0.1, g.P95 / 2, g.P95 * 2, g.P95 * 0.9, g.P95, g.P95 * 1.2)))],
                Checks = [new CheckSummary("", "status is 200", (long)(rps * 10), 0)],
            },
            Thresholds = [new ThresholdOutcome("http_req_duration: p(95)<500", p95 < 500, p95)],
            Outcomes = outcomes ?? [new Outcome("statements per iteration", 1, "statements")],
            Server = new ServerUsage(10, 0.5, 160),
            Database = new DatabaseUsage((long)(rps * 10), 1, 1, 0.999, 4),
            Cache = new CacheUsage(90, 10, 0.9, 100),
            LoadRecord = records ? SyntheticRecords.Load(10, rps, p95 / 2, ["GET /users"], [.. groups.Select(g => g.Name)]) : null,
            TelemetryRecord = records ? SyntheticRecords.Telemetry(10, rps, 1, 0.9) : null,
        };
    }

    /// <summary>Five (or <paramref name="count"/>) repetitions around the given rps and p95, each a little different and in a fixed order.</summary>
    public static IEnumerable<RepetitionResult> Repetitions(int count, double rps, double p95, bool records = false)
    {
        double[] jitter = [1.00, 1.02, 0.98, 1.01, 0.99, 1.015, 0.985, 1.005, 0.995, 1.0];
        return Enumerable.Range(0, count).Select(i => Repetition(i + 1, rps * jitter[i % jitter.Length], p95 / jitter[i % jitter.Length], records));
    }
}
