using BenchLab.Load;
using BenchLab.Load.Results;
using BenchLab.Scenarios.Model;

namespace BenchLab.Scenarios.ColdWarm;

/// <summary>
/// 23-cold: mix M right after a cold start — server restarted (JIT cold), Redis flushed, PostgreSQL restarted
/// (empty shared buffers), OS page cache dropped where permitted — with no warm-up.
/// </summary>
public sealed class Cold23 : Scenario
{
    public override string Id => "23-cold";

    public override string Slug => "";

    public override ScenarioCategory Category => ScenarioCategory.ColdWarm;

    public override string Shows => "Everything cold at once (runtime, caches, shared buffers): the first seconds users would see.";

    public override bool WarmsUp => false;

    public override bool ColdStart => true;

    public override ScenarioTiming Timing(RunMode mode) => base.Timing(mode) with { Warmup = TimeSpan.Zero };

    public override ValueTask IterationAsync(VuContext vu) => ColdWarmMix.SendOneAsync(vu);

    public override Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken) =>
        Task.FromResult(new ScenarioOutcomes(ColdWarmMix.FirstRequests(result), []));
}
