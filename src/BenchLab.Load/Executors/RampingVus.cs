namespace BenchLab.Load.Executors;

/// <summary>
/// Closed model: the number of looping VUs follows the stages, linearly within each (k6 "ramping-vus").
/// VUs above the target finish their current iteration and then wait (k6's graceful ramp-down).
/// </summary>
public sealed class RampingVus(int startVus, IReadOnlyList<Stage> stages) : ExecutorConfig
{
    public int StartVus { get; } = startVus;

    public IReadOnlyList<Stage> Stages { get; } = stages;

    public override TimeSpan Duration => TimeSpan.FromTicks(Stages.Sum(s => s.Duration.Ticks));

    public override string Type => "ramping-vus";

    public override bool IsOpenModel => false;

    public override int PreAllocatedVus => MaxVus;

    public override int MaxVus => (int)Math.Ceiling(Math.Max(StartVus, Stages.Count == 0 ? 0 : Stages.Max(s => s.Target)));

    public override string Description() => $"Up to {MaxVus} looping VUs for {Describe.Duration(Duration)} over {Stages.Count} stages{StopSuffix}";

    internal override int TargetVus(TimeSpan elapsed) => (int)Math.Round(StageProfile.ValueAt(StartVus, Stages, elapsed));

    protected override void AddProblems(List<string> problems)
    {
        if (StartVus < 0)
        {
            problems.Add("startVUs must not be negative");
        }
        ValidateStages(problems, Stages, "VUs");
        if (MaxVus <= 0 && Stages.Count > 0)
        {
            problems.Add("at least one stage (or startVUs) must have more than 0 VUs");
        }
    }
}
