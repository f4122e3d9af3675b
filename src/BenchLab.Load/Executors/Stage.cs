namespace BenchLab.Load.Executors;

/// <summary>One stage of a ramping executor: move linearly to <paramref name="Target"/> (VUs, or iterations per
/// time unit) over <paramref name="Duration"/>. A zero duration jumps.</summary>
public sealed record Stage(TimeSpan Duration, double Target)
{
    public override string ToString() => $"{Describe.Duration(Duration)} → {Target:0.##}";
}
