using BenchLab.Load;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Basic;

/// <summary>08: a realistic mix of 01–06's requests, reported per request name and blended.</summary>
public sealed class ConcurrentMixed08 : Scenario
{
    public override string Id => "08";

    public override string Slug => "concurrent-mixed";

    public override ScenarioCategory Category => ScenarioCategory.Basic;

    public override string Shows => "A mixed load: 40 % large reads, 10 % writes, 15 % slow dependency, the rest light — how they slow each other.";

    /// <summary>R-users before, after the warm-up, and after the run, so that the next scenario finds exactly the seed's 100,000 users.</summary>
    public override ResetPlan Resets => new(LabReset.Users, LabReset.Users, LabReset.Users);

    public override bool RestartServerBefore => true;

    public override ValueTask IterationAsync(VuContext vu) => MixedRequests.SendOneAsync(vu);
}
