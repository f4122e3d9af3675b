namespace BenchLab.Load.Executors;

/// <summary>
/// Open model: <see cref="Rate"/> iterations per <see cref="TimeUnit"/>, started on schedule whatever the server
/// does (k6 "constant-arrival-rate"; wrk2's constant throughput). Each iteration's latency is measured from its
/// intended start. When every VU is busy, iterations wait in a backlog of at most <see cref="MaxBacklog"/>
/// (default: 10 s of arrivals, at least 1,000) and only beyond it are dropped and counted.
/// </summary>
public sealed class ConstantArrivalRate(double rate, TimeSpan duration, int preAllocatedVus, int? maxVus = null) : ExecutorConfig
{
    public double Rate { get; } = rate;

    public TimeSpan TimeUnit { get; init; } = TimeSpan.FromSeconds(1);

    public override TimeSpan Duration { get; } = duration;

    public override int PreAllocatedVus { get; } = preAllocatedVus;

    public override int MaxVus { get; } = maxVus ?? preAllocatedVus;

    /// <summary>Backlog bound; null for the default (10 s of arrivals, at least 1,000).</summary>
    public int? MaxBacklog { get; init; }

    public override string Type => "constant-arrival-rate";

    public override bool IsOpenModel => true;

    public double RatePerSecond => Rate / TimeUnit.TotalSeconds;

    internal override int BacklogLimit => MaxBacklog ?? DefaultBacklog(RatePerSecond);

    internal override ArrivalSchedule CreateSchedule() => new(RatePerSecond, [(Duration, RatePerSecond)]);

    public override string Description() =>
        $"{Describe.Rate(Rate, TimeUnit)} for {Describe.Duration(Duration)} (maxVUs: {PreAllocatedVus}-{MaxVus}, backlog: {BacklogLimit}{StopSuffix})";

    protected override void AddProblems(List<string> problems)
    {
        RequirePositive(problems, "rate", Rate);
        RequirePositive(problems, "timeUnit", TimeUnit);
        RequirePositive(problems, "duration", Duration);
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

    internal static int DefaultBacklog(double peakRatePerSecond) => (int)Math.Min(10_000_000, Math.Max(1000, Math.Ceiling(peakRatePerSecond * 10)));
}
