using BenchLab.Load;
using BenchLab.Load.Executors;
using BenchLab.Load.Results;

namespace BenchLab.Scenarios.Model;

/// <summary>
/// One load scenario of contract §4: its identity, executor, iteration (requests, groups, checks), thresholds,
/// the resets it needs and the outcomes it reports. The runner supplies everything around it (server, verify,
/// resets, warm-up, telemetry); a scenario is data plus a little code.
/// </summary>
public abstract class Scenario
{
    /// <summary>The contract's id: "01", "16-a", "23-cold".</summary>
    public abstract string Id { get; }

    /// <summary>The rest of its name: "lightweight" in "01-lightweight".</summary>
    public abstract string Slug { get; }

    public string Name => Slug.Length == 0 ? Id : $"{Id}-{Slug}";

    public abstract ScenarioCategory Category { get; }

    /// <summary>What the scenario shows, one line for `./benchlab scenarios` and the reports.</summary>
    public abstract string Shows { get; }

    /// <summary>k6 threshold expressions; they set the exit code (contract §1.5).</summary>
    public virtual IReadOnlyList<string> Thresholds => [];

    public virtual ResetPlan Resets => ResetPlan.None;

    /// <summary>Restart the server before each repetition (08: the original restarted it "to clear memory").</summary>
    public virtual bool RestartServerBefore => false;

    /// <summary>Whether a warm-up precedes the measurement (23-cold and 23-warm have none).</summary>
    public virtual bool WarmsUp => true;

    /// <summary>The group whose p95 the summary compares the others with (09: OFFSET, 11: Lazy, …); null for one-group scenarios.</summary>
    public virtual string? BaselineGroup => null;

    /// <summary>Modes the scenario has (21 and 22 have no quick form).</summary>
    public virtual bool Supports(RunMode mode) => true;

    public virtual ScenarioTiming Timing(RunMode mode) => ScenarioTiming.For(mode, Category == ScenarioCategory.Basic);

    /// <summary>The executor; default 10 constant VUs (contract §1.5).</summary>
    public virtual ExecutorConfig Executor(ScenarioTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        return new ConstantVus(10, timing.Duration) { GracefulStop = timing.GracefulStop };
    }

    /// <summary>Lab-side preparation after the resets and before the warm-up (15: warm the cache, pin Redis memory).</summary>
    public virtual Task PrepareAsync(IScenarioLab lab, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>k6's setup(): runs once on a VU before the VUs start; its result is every VU's SetupData.</summary>
    public virtual ValueTask<object?> SetupAsync(VuContext vu) => ValueTask.FromResult<object?>(null);

    /// <summary>One iteration of one VU.</summary>
    public abstract ValueTask IterationAsync(VuContext vu);

    /// <summary>The scenario's own outcomes after the measurement (13: lost updates; 15: hit ratio, …).</summary>
    public virtual Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken) =>
        Task.FromResult(ScenarioOutcomes.None);

    /// <summary>Outcomes that need the telemetry timeline too (22's leak signals); by default those of <see cref="CollectAsync"/>.</summary>
    public virtual Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, ITelemetryView telemetry, CancellationToken cancellationToken) =>
        CollectAsync(lab, result, cancellationToken);

    /// <summary>How often telemetry is sampled while measuring (22: every 5 s).</summary>
    public virtual TimeSpan TelemetryInterval => TimeSpan.FromSeconds(1);

    /// <summary>23-cold: the runner stops the server, flushes Redis, restarts PostgreSQL and drops the page cache before it.</summary>
    public virtual bool ColdStart => false;

    /// <summary>23-warm: runs right after the previous scenario on the same server, with no restart, reset or warm-up.</summary>
    public virtual bool FollowsPrevious => false;
}
