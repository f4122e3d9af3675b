namespace BenchLab.Results.Model;

/// <summary>
/// One run of the lab on one server (or one server variant): every scenario it measured, with the machine, the
/// settings and the spread — everything a report or a comparison needs, so that both can be regenerated from
/// result.json alone. <see cref="SchemaVersion"/> changes whenever a member changes meaning.
/// </summary>
public sealed record RunResult
{
    public const string CurrentSchema = "benchlab.run/1";

    public string SchemaVersion { get; init; } = CurrentSchema;

    public required string RunId { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The run stopped early (Ctrl-C, a crashed server, a dead database); what it measured is kept.</summary>
    public bool Partial { get; init; }

    public string? PartialReason { get; init; }

    /// <summary>smoke, quick or full (contract §8.4).</summary>
    public required string Mode { get; init; }

    public required RunEnvironment Environment { get; init; }

    public required ServerDescription Server { get; init; }

    public required IReadOnlyList<ScenarioResult> Scenarios { get; init; }
}
