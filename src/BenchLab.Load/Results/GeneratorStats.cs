namespace BenchLab.Load.Results;

/// <summary>What the generator itself cost and how busy it was, to judge whether it limited the run.</summary>
public sealed record GeneratorStats(
    int EventLoops,
    double CpuSeconds,
    double CpuSecondsPer100kRequests,
    long PeakRssBytes,
    IReadOnlyList<double> LoopBusyFractions,
    Trend SchedulingLag,
    long LaggedIterations,
    long Reconnects);

/// <summary>Whether the generator, not the server, limited the run; the reasons when it did.</summary>
public sealed record Validity(bool IsValid, IReadOnlyList<string> Reasons)
{
    public static readonly Validity Valid = new(true, []);
}
