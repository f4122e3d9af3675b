namespace BenchLab.Load.Executors;

/// <summary>
/// How a run schedules its iterations, in the manner of k6's executors: a config that validates itself
/// (<see cref="Validate"/> lists every problem at once), describes itself in one line, and declares up front how
/// many VUs (each with its own keep-alive connection) it may need. The event loop runs the schedule; the config
/// only answers questions about it.
/// </summary>
public abstract class ExecutorConfig
{
    /// <summary>The default time iterations still running at the end get to finish (k6: 30 s).</summary>
    public static readonly TimeSpan DefaultGracefulStop = TimeSpan.FromSeconds(30);

    /// <summary>k6's executor type name, e.g. "constant-vus".</summary>
    public abstract string Type { get; }

    /// <summary>True for the open model (arrival rate): iterations start on a schedule whatever the responses do.</summary>
    public abstract bool IsOpenModel { get; }

    /// <summary>VUs connected before the run starts.</summary>
    public abstract int PreAllocatedVus { get; }

    /// <summary>The most VUs the run may use.</summary>
    public abstract int MaxVus { get; }

    /// <summary>How long iterations are started for (the longest a run lasts, before the graceful stop).</summary>
    public abstract TimeSpan Duration { get; }

    /// <summary>How long iterations running at the end may take to finish before they are interrupted.</summary>
    public TimeSpan GracefulStop { get; init; } = DefaultGracefulStop;

    /// <summary>Every problem with the settings, each a sentence a user understands; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (GracefulStop < TimeSpan.Zero)
        {
            problems.Add("gracefulStop must not be negative");
        }
        AddProblems(problems);
        return problems;
    }

    /// <summary>One line, e.g. "50.00 iterations/s for 1m0s (maxVUs: 10-100, gracefulStop: 30s)".</summary>
    public abstract string Description();

    public override string ToString() => $"{Type}: {Description()}";

    protected abstract void AddProblems(List<string> problems);

    /// <summary>Closed model: how many VUs should be running at <paramref name="elapsed"/>.</summary>
    internal virtual int TargetVus(TimeSpan elapsed) => MaxVus;

    /// <summary>Closed model: iterations each VU runs before it stops, or null for no limit.</summary>
    internal virtual long? IterationsPerVu => null;

    /// <summary>Open model: the schedule of iteration start times (offsets from the run's start).</summary>
    internal virtual ArrivalSchedule? CreateSchedule() => null;

    /// <summary>Open model: how many started-late iterations may wait for a free VU before new ones are dropped.</summary>
    internal virtual int BacklogLimit => 0;

    protected static void RequirePositive(List<string> problems, string name, double value)
    {
        if (!(value > 0))
        {
            problems.Add($"{name} must be greater than 0 (got {value})");
        }
    }

    protected static void RequirePositive(List<string> problems, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{name} must be longer than 0 (got {Describe.Duration(value)})");
        }
    }

    protected static void ValidateStages(List<string> problems, IReadOnlyList<Stage> stages, string unit)
    {
        if (stages.Count == 0)
        {
            problems.Add("at least one stage is needed");
        }
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i].Duration < TimeSpan.Zero)
            {
                problems.Add($"stage {i + 1}: the duration must not be negative");
            }
            if (stages[i].Target < 0 || double.IsNaN(stages[i].Target))
            {
                problems.Add($"stage {i + 1}: the target {unit} must not be negative");
            }
        }
        if (stages.Count > 0 && stages.Sum(s => s.Duration.Ticks) <= 0)
        {
            problems.Add("the stages must last longer than 0 in total");
        }
    }

    protected string StopSuffix => GracefulStop == DefaultGracefulStop ? "" : $", gracefulStop: {Describe.Duration(GracefulStop)}";
}
