namespace BenchLab.Load.Thresholds;

/// <summary>A threshold's verdict: the observed value and whether the condition held.</summary>
public sealed record ThresholdResult(Threshold Threshold, double Observed, bool Passed, string? Note = null)
{
    public override string ToString() => $"{(Passed ? "✓" : "✗")} {Threshold.Text} (observed {Observed:0.###}{(Note is null ? "" : "; " + Note)})";
}
