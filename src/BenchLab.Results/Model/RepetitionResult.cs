using System.Text.Json;

namespace BenchLab.Results.Model;

/// <summary>
/// One measured repetition: the k6-style summary, whether it is valid and why not, thresholds, the scenario's
/// own outcomes, the server's resource use, and the full load and telemetry records (histograms, timelines)
/// from which every figure can be recomputed.
/// </summary>
public sealed record RepetitionResult
{
    public required int Index { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required bool Valid { get; init; }

    public IReadOnlyList<string> InvalidReasons { get; init; } = [];

    public bool Partial { get; init; }

    public required LoadSummary Load { get; init; }

    public IReadOnlyList<ThresholdOutcome> Thresholds { get; init; } = [];

    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];

    public ServerUsage? Server { get; init; }

    public DatabaseUsage? Database { get; init; }

    public CacheUsage? Cache { get; init; }

    /// <summary>The engine's full result (series with HdrHistograms, groups, checks, timeline): LoadResultJson's full form.</summary>
    public JsonElement? LoadRecord { get; init; }

    /// <summary>The telemetry timeline sampled during the measured phase, on the engine's clock.</summary>
    public JsonElement? TelemetryRecord { get; init; }

    /// <summary>0 when every threshold passed and the repetition is valid (contract §1.5).</summary>
    public int ExitCode => Valid && Thresholds.All(t => t.Passed) ? 0 : 1;
}
