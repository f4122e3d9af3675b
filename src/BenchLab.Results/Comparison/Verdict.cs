namespace BenchLab.Results.Comparison;

/// <summary>What a comparison concludes about the candidate (B) against the baseline (A).</summary>
public enum Verdict
{
    /// <summary>B is faster: the rank test is significant and the ratio's confidence interval excludes 1.</summary>
    Faster,

    /// <summary>B is slower, on the same evidence.</summary>
    Slower,

    /// <summary>Enough repetitions, but no difference the test can tell from noise.</summary>
    NoDifference,

    /// <summary>Fewer than 5 valid repetitions on a side: the ratio is shown, no verdict is possible.</summary>
    NoVerdict,

    /// <summary>Significant differences in opposite directions (for example more req/s but a worse p99).</summary>
    Mixed,
}

public static class VerdictText
{
    public static string Describe(this Verdict verdict) => verdict switch
    {
        Verdict.Faster => "faster",
        Verdict.Slower => "slower",
        Verdict.NoDifference => "no detectable difference",
        Verdict.Mixed => "mixed",
        _ => "no verdict possible",
    };
}
