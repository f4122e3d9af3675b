namespace BenchLab.Results.Model;

/// <summary>One scenario on one server: its settings, every repetition, and what verification measured per route.</summary>
public sealed record ScenarioResult
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Category { get; init; }

    /// <summary>What the scenario shows, one line.</summary>
    public required string Shows { get; init; }

    /// <summary>The executor in one line (k6 style), e.g. "10 looping VUs for 30s".</summary>
    public required string Executor { get; init; }

    public required double WarmupSeconds { get; init; }

    public required double DurationSeconds { get; init; }

    public required IReadOnlyList<string> Thresholds { get; init; }

    public required IReadOnlyList<RepetitionResult> Repetitions { get; init; }

    /// <summary>Data statements per request of each route, measured alone in verify's profile phase (contract §8.6).</summary>
    public IReadOnlyDictionary<string, double> StatementsPerRequest { get; init; } = new Dictionary<string, double>();

    /// <summary>Scenario was skipped or failed before measuring (not implemented by the server, verification failed).</summary>
    public string? NotMeasuredReason { get; init; }
}
