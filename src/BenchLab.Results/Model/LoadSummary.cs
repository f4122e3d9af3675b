namespace BenchLab.Results.Model;

/// <summary>The k6-style summary of a repetition: totals, latency, and the same per request name and per group.</summary>
public sealed record LoadSummary
{
    public required long Requests { get; init; }

    public required double RequestsPerSecond { get; init; }

    public required long FailedRequests { get; init; }

    public required long Iterations { get; init; }

    public required double IterationsPerSecond { get; init; }

    public long DroppedIterations { get; init; }

    /// <summary>Every request the generator started (in the closed model, interrupted ones are outside <see cref="Requests"/>).</summary>
    public long StartedRequests { get; init; }

    /// <summary>Requests that got no complete answer within the request timeout.</summary>
    public long TimedOutRequests { get; init; }

    /// <summary>Requests still waiting for an answer when the run and its graceful stop ended.</summary>
    public long InterruptedRequests { get; init; }

    /// <summary>How long the interrupted requests had been waiting when the run ended (ms); null without any.</summary>
    public TrendSummary? InterruptedWaiting { get; init; }

    public long BytesSent { get; init; }

    public long BytesReceived { get; init; }

    public required double DurationSeconds { get; init; }

    /// <summary>http_req_duration over every request (ms).</summary>
    public required TrendSummary Latency { get; init; }

    public IReadOnlyList<NamedTrend> ByName { get; init; } = [];

    /// <summary>group_duration per group (ms).</summary>
    public IReadOnlyList<NamedTrend> ByGroup { get; init; } = [];

    public IReadOnlyList<CheckSummary> Checks { get; init; } = [];

    public IReadOnlyDictionary<string, long> StatusCodes { get; init; } = new Dictionary<string, long>();

    public double ErrorRate => Requests == 0 ? 0 : FailedRequests / (double)Requests;
}

/// <summary>avg, min, med, max, p90, p95, p99 in milliseconds, and the count.</summary>
public sealed record TrendSummary(long Count, double Avg, double Min, double Med, double Max, double P90, double P95, double P99);

/// <summary>A trend of one request name (the route template) or one group, with its counts and bytes.</summary>
public sealed record NamedTrend(string Name, TrendSummary Trend, long Failed = 0, long BytesReceived = 0, double RequestsPerSecond = 0);

/// <summary>A check's pass rate; <see cref="Outcome"/> checks measure a result and never invalidate a run.</summary>
public sealed record CheckSummary(string Group, string Name, long Passes, long Fails, bool Outcome = false)
{
    public double Rate => Passes + Fails == 0 ? 0 : Passes / (double)(Passes + Fails);
}

/// <summary>A threshold, what it measured and whether it held.</summary>
public sealed record ThresholdOutcome(string Expression, bool Passed, double? Observed, string? Note = null);
