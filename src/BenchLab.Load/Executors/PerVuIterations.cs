namespace BenchLab.Load.Executors;

/// <summary>Closed model: each VU runs exactly <see cref="Iterations"/> iterations, or until
/// <see cref="MaxDuration"/> (k6 "per-vu-iterations").</summary>
public sealed class PerVuIterations(int vus, long iterations, TimeSpan maxDuration) : ExecutorConfig
{
    public int Vus { get; } = vus;

    public long Iterations { get; } = iterations;

    public TimeSpan MaxDuration { get; } = maxDuration;

    public override TimeSpan Duration => MaxDuration;

    public override string Type => "per-vu-iterations";

    public override bool IsOpenModel => false;

    public override int PreAllocatedVus => Vus;

    public override int MaxVus => Vus;

    internal override long? IterationsPerVu => Iterations;

    public override string Description() => $"{Iterations} iterations for each of {Vus} VUs (maxDuration: {Describe.Duration(MaxDuration)}{StopSuffix})";

    protected override void AddProblems(List<string> problems)
    {
        RequirePositive(problems, "vus", Vus);
        RequirePositive(problems, "iterations", Iterations);
        RequirePositive(problems, "maxDuration", MaxDuration);
    }
}
