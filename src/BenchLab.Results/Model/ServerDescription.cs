namespace BenchLab.Results.Model;

/// <summary>The server under test as its manifest describes it, plus the variant switches of this run.</summary>
public sealed record ServerDescription
{
    public required string Name { get; init; }

    /// <summary>The variant label (<c>pool1</c> in <c>--variant pool1:DB_POOL_MAX=1</c>), or null.</summary>
    public string? Variant { get; init; }

    public IReadOnlyDictionary<string, string> VariantEnvironment { get; init; } = new Dictionary<string, string>();

    public string? Language { get; init; }

    public string? Framework { get; init; }

    /// <summary>The manifest's recorded settings (connection pool, GC, …).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>What the server ran on: its manifest's <c>versions</c> commands and its Debian packages, read before the run.</summary>
    public IReadOnlyDictionary<string, string> Versions { get; init; } = new Dictionary<string, string>();

    /// <summary>The processes or workers it ran (<c>PROCESSES</c>, contract §9.8); null for a single-process server that reads none.</summary>
    public int? Processes { get; init; }

    /// <summary>The label results are filed and compared under: <c>minimal</c> or <c>minimal@pool1</c>.</summary>
    public string Label => Variant is null ? Name : $"{Name}@{Variant}";
}
