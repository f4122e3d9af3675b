namespace BenchLab.Results.Model;

/// <summary>Where and how a run was made (contract §1.5): machine, versions, placement, settings, commit.</summary>
public sealed record RunEnvironment
{
    public required string CpuModel { get; init; }

    public required int Cores { get; init; }

    public required double MemoryGib { get; init; }

    public required string Os { get; init; }

    public required string Kernel { get; init; }

    public required string DotnetVersion { get; init; }

    public required string PostgresVersion { get; init; }

    public required string RedisVersion { get; init; }

    /// <summary>none, split or iso (contract §8.1), with what each process was pinned to.</summary>
    public required string Placement { get; init; }

    public IReadOnlyDictionary<string, string> PlacementDetail { get; init; } = new Dictionary<string, string>();

    public string? GitCommit { get; init; }

    public bool GitDirty { get; init; }

    public uint RunSeed { get; init; } = 20260101;

    /// <summary>Non-default PostgreSQL settings and other lab settings, name → value.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
