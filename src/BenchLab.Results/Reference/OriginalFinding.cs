namespace BenchLab.Results.Reference;

/// <summary>A finding the original lab published, and how to check it against one label's measurements.</summary>
public abstract class OriginalFinding(string claim, string scenarios, string original)
{
    /// <summary>Repetitions needed for an interval; fewer give an indicative status from the point estimate.</summary>
    public const int MinimumRepetitions = Statistics.SampleStatistics.MinimumForStability;

    public string Claim { get; } = claim;

    /// <summary>The scenarios it needs, e.g. "14, 16-a".</summary>
    public string Scenarios { get; } = scenarios;

    /// <summary>The original's figure in words, e.g. "Lazy 102.71 / Eager 24.86 ms = 4.1×".</summary>
    public string Original { get; } = original;

    public abstract FindingResult Evaluate(LatestMeasurements measurements);

    protected FindingResult NotMeasured(string missing) =>
        new(Claim, Scenarios, Original, $"not measured ({missing})", null, null, FindingStatus.NotMeasured, false, "");
}
