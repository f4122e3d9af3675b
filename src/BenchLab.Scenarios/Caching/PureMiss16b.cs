using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Caching;

/// <summary>16-b: every read a miss (the key deleted just before) — a cache's worst case, its overhead over no cache.</summary>
public sealed class PureMiss16b : Scenario
{
    public const string Group = "Pure Miss";
    private static readonly byte[] FromDatabase = Checks.Utf8("\"source\":\"database\"");

    public override string Id => "16-b";

    public override string Slug => "pure-miss";

    public override ScenarioCategory Category => ScenarioCategory.Caching;

    public override string Shows => "The floor of caching: every read misses, then fills the cache — the overhead over no cache at all.";

    public override IReadOnlyList<string> Thresholds => [$"group_duration{{group:::{Group}}}: p(95)<50"];

    public override ResetPlan Resets => new(LabReset.Redis, LabReset.None, LabReset.None);

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var id = vu.Random.NextInt(1, 100_000);
        using (vu.Group(Group))
        {
            var delete = await vu.SendAsync(new HttpRequest("DELETE", string.Create(CultureInfo.InvariantCulture, $"/cache/users/{id}"))
            {
                Name = "DELETE /cache/users/{id}",
                Tags = [new("phase", "prep")],
            });
            vu.Check(delete.Status == 200, "delete status is 200");
            var response = await vu.SendAsync(new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/cache/users/{id}/cached"))
            {
                Name = "GET /cache/users/{id}/cached",
                Tags = [new("phase", "op")],
            });
            Checks.Status(vu, response, 200);
            Checks.BodyContains(vu, response, FromDatabase, "source is database");
        }
    }

    public override Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Task.FromResult(new ScenarioOutcomes(
        [
            new Outcome("iterations/s (the original's \"RPS\")", result.Iterations / Math.Max(1e-9, result.Duration.TotalSeconds), "1/s"),
            new Outcome("blended http_req_duration p95", result.Latency.P95, "ms"),
            new Outcome("op p95 (the cached read alone)", SeriesCounts.TaggedP95(result, Group, "phase=op"), "ms"),
        ], []));
    }
}
