namespace BenchLab.Infra.Seed;

/// <summary>How long each phase of a seed took; per-table times overlap because tables load in parallel.</summary>
public sealed record SeedReport(
    TimeSpan Schema,
    TimeSpan Copy,
    TimeSpan PostLoad,
    TimeSpan Vacuum,
    IReadOnlyDictionary<string, TimeSpan> CopyPerGroup,
    long Rows)
{
    public TimeSpan Total => Schema + Copy + PostLoad + Vacuum;
}
