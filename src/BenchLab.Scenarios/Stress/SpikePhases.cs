namespace BenchLab.Scenarios.Stress;

/// <summary>
/// 21's timeline: hold 10 VUs 30 s → ramp to 100 in 10 s → hold 100 for 60 s → ramp to 10 in 10 s → hold 10 for
/// 60 s (170 s), optionally compressed by a factor with the same shape (smoke mode: ≈ 12 s).
/// </summary>
public sealed record SpikePhases(double Scale)
{
    public static readonly IReadOnlyList<(string Phase, double Seconds, int TargetVus)> Shape =
    [
        ("pre", 30, 10), ("ramp-up", 10, 100), ("peak", 60, 100), ("ramp-down", 10, 10), ("post", 60, 10),
    ];

    public IEnumerable<(string Phase, TimeSpan Start, TimeSpan End, int TargetVus)> Phases()
    {
        var start = 0.0;
        foreach (var (phase, seconds, target) in Shape)
        {
            var end = start + (seconds * Scale);
            yield return (phase, TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), target);
            start = end;
        }
    }

    public TimeSpan Total => TimeSpan.FromSeconds(Shape.Sum(p => p.Seconds) * Scale);

    /// <summary>The phase an elapsed time falls in ("post" from the end onwards: graceful-stop stragglers).</summary>
    public string PhaseAt(TimeSpan elapsed) => Phases().FirstOrDefault(p => elapsed < p.End).Phase ?? "post";

    public TimeSpan End(string phase) => Phases().First(p => p.Phase == phase).End;

    public TimeSpan Start(string phase) => Phases().First(p => p.Phase == phase).Start;
}
