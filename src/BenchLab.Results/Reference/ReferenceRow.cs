namespace BenchLab.Results.Reference;

/// <summary>
/// One published figure of the original beside ours: <see cref="Speedup"/> is how many times faster ours is
/// (req/s ours ÷ original; latency original ÷ ours), NaN when we have not measured it.
/// </summary>
public sealed record ReferenceRow(string ScenarioId, string Metric, string Unit, bool HigherIsBetter, string OriginalServer, string Source, double Original, double Ours, int Repetitions)
{
    public bool Measured => !double.IsNaN(Ours);

    public double Speedup => HigherIsBetter ? Ours / Original : Original / Ours;
}
