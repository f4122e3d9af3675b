using BenchLab.Load;
using BenchLab.Load.Results;
using BenchLab.Scenarios.Model;

namespace BenchLab.Scenarios.ColdWarm;

/// <summary>23-warm: the same mix and run seed right after 23-cold, on the same server, with nothing restarted or flushed.</summary>
public sealed class Warm23 : Scenario
{
    public override string Id => "23-warm";

    public override string Slug => "";

    public override ScenarioCategory Category => ScenarioCategory.ColdWarm;

    public override string Shows => "The same requests once everything is warm: the steady state that 23-cold is compared with.";

    public override bool WarmsUp => false;

    public override bool FollowsPrevious => true;

    public override ScenarioTiming Timing(RunMode mode) => base.Timing(mode) with { Warmup = TimeSpan.Zero };

    public override ValueTask IterationAsync(VuContext vu) => ColdWarmMix.SendOneAsync(vu);

    public override Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken) =>
        Task.FromResult(new ScenarioOutcomes(ColdWarmMix.FirstRequests(result), []));
}
