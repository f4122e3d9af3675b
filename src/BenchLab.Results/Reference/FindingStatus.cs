namespace BenchLab.Results.Reference;

/// <summary>Whether one of the original lab's findings holds in our measurements.</summary>
public enum FindingStatus
{
    /// <summary>Same direction and, for a claim of size ("about 4×"), within a factor of 2 of the original's ratio.</summary>
    Holds,

    /// <summary>Same direction, but the size is more than a factor of 2 away from the original's.</summary>
    Refined,

    /// <summary>The opposite direction (with an interval that excludes 1 when there are enough repetitions).</summary>
    Contradicted,

    /// <summary>Enough repetitions, but the interval includes 1: no difference can be told from noise.</summary>
    Inconclusive,

    /// <summary>The scenarios the finding needs are not in the results given.</summary>
    NotMeasured,
}

public static class FindingStatusText
{
    public static string Describe(this FindingStatus status) => status switch
    {
        FindingStatus.Holds => "holds",
        FindingStatus.Refined => "direction holds, size differs",
        FindingStatus.Contradicted => "does not hold",
        FindingStatus.Inconclusive => "inconclusive",
        _ => "not measured",
    };
}
