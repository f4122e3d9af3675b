namespace BenchLab.Scenarios.Model;

/// <summary>How long a scenario warms up and measures, and how often it repeats, in a mode (contract §8.4).</summary>
public sealed record ScenarioTiming(RunMode Mode, TimeSpan Warmup, TimeSpan Duration, int Repetitions)
{
    public static ScenarioTiming For(RunMode mode, bool basic) => mode switch
    {
        RunMode.Smoke => new(mode, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), 1),
        RunMode.Quick => new(mode, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), 1),
        _ => new(mode, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), basic ? 10 : 5),
    };

    /// <summary>
    /// The graceful stop of contract §1.5 (30 s) in every mode. Smoke runs had 10 s; once requests still in flight
    /// at the end count against validity, a smoke 23-cold (first requests to a server with cold JIT, PostgreSQL and
    /// page cache) left 6 of its 12 requests unanswered after 13 s. It costs nothing when iterations end sooner.
    /// </summary>
    public TimeSpan GracefulStop { get; } = TimeSpan.FromSeconds(30);
}
