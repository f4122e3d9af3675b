namespace BenchLab.Load.Executors;

/// <summary>Closed model: a fixed number of VUs loop over the iteration for a duration (k6 "constant-vus").</summary>
public sealed class ConstantVus(int vus, TimeSpan duration) : ExecutorConfig
{
    public int Vus { get; } = vus;

    public override TimeSpan Duration { get; } = duration;

    public override string Type => "constant-vus";

    public override bool IsOpenModel => false;

    public override int PreAllocatedVus => Vus;

    public override int MaxVus => Vus;

    public override string Description() => $"{Vus} looping VUs for {Describe.Duration(Duration)}{StopSuffix}";

    protected override void AddProblems(List<string> problems)
    {
        RequirePositive(problems, "vus", Vus);
        RequirePositive(problems, "duration", Duration);
    }
}
