namespace BenchLab.Load.Executors;

/// <summary>
/// Open model: the arrival rate follows the stages, linearly within each (k6 "ramping-arrival-rate"). Iterations
/// that find every VU busy wait in a bounded backlog, as in <see cref="ConstantArrivalRate"/>.
/// </summary>
public sealed class RampingArrivalRate(double startRate, IReadOnlyList<Stage> stages, int preAllocatedVus, int? maxVus = null) : ExecutorConfig
{
    public double StartRate { get; } = startRate;

    public IReadOnlyList<Stage> Stages { get; } = stages;

    public TimeSpan TimeUnit { get; init; } = TimeSpan.FromSeconds(1);

    public override int PreAllocatedVus { get; } = preAllocatedVus;

    public override int MaxVus { get; } = maxVus ?? preAllocatedVus;

    public int? MaxBacklog { get; init; }

    public override TimeSpan Duration => TimeSpan.FromTicks(Stages.Sum(s => s.Duration.Ticks));

    public override string Type => "ramping-arrival-rate";

    public override bool IsOpenModel => true;

    private double PerSecond(double rate) => rate / TimeUnit.TotalSeconds;

    internal override int BacklogLimit =>
        MaxBacklog ?? ConstantArrivalRate.DefaultBacklog(PerSecond(Math.Max(StartRate, Stages.Count == 0 ? 0 : Stages.Max(s => s.Target))));

    internal override ArrivalSchedule CreateSchedule() =>
        new(PerSecond(StartRate), Stages.Select(s => (s.Duration, PerSecond(s.Target))));

    public override string Description() =>
        $"Up to {Describe.Rate(Math.Max(StartRate, Stages.Count == 0 ? 0 : Stages.Max(s => s.Target)), TimeUnit)} for {Describe.Duration(Duration)} over {Stages.Count} stages (maxVUs: {PreAllocatedVus}-{MaxVus}, backlog: {BacklogLimit}{StopSuffix})";

    protected override void AddProblems(List<string> problems)
    {
        if (StartRate < 0)
        {
            problems.Add("startRate must not be negative");
        }
        RequirePositive(problems, "timeUnit", TimeUnit);
        ValidateStages(problems, Stages, "rate");
        RequirePositive(problems, "preAllocatedVUs", PreAllocatedVus);
        if (MaxVus < PreAllocatedVus)
        {
            problems.Add($"maxVUs ({MaxVus}) must not be below preAllocatedVUs ({PreAllocatedVus})");
        }
        if (MaxBacklog is < 0)
        {
            problems.Add("maxBacklog must not be negative");
        }
    }
}
