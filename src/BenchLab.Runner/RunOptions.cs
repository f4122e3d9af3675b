using BenchLab.Scenarios.Model;

namespace BenchLab.Runner;

/// <summary>Everything `./benchlab run` was asked for, already validated.</summary>
public sealed record RunOptions
{
    public required IReadOnlyList<Scenario> Scenarios { get; init; }

    public required IReadOnlyList<ServerVariant> Servers { get; init; }

    public required RunMode Mode { get; init; }

    /// <summary>--repeat: repetitions instead of the mode's (recorded).</summary>
    public int? Repeat { get; init; }

    /// <summary>--duration: measured duration instead of the mode's (recorded; not for 21, whose shape is fixed).</summary>
    public TimeSpan? Duration { get; init; }

    public Placement Placement { get; init; } = Placement.None;

    public uint RunSeed { get; init; } = 20260101;

    /// <summary>Where results go: results/&lt;server&gt;/&lt;timestamp&gt;/.</summary>
    public required string ResultsRoot { get; init; }

    /// <summary>Skip building servers (they were built already; tests use it).</summary>
    public bool NoBuild { get; init; }

    /// <summary>Expose live metrics in Prometheus text format on this loopback port.</summary>
    public int? MetricsPort { get; init; }

    public string ModeName => Mode.ToString().ToLowerInvariant();
}
