using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Caching;

/// <summary>16-a: every read a cache hit (ids 1–10,000, all warmed) — the best a cache can do.</summary>
public sealed class PureHit16a : Scenario
{
    public const string Group = "Pure Hit";
    private static readonly byte[] FromCache = Checks.Utf8("\"source\":\"cache\"");

    public override string Id => "16-a";

    public override string Slug => "pure-hit";

    public override ScenarioCategory Category => ScenarioCategory.Caching;

    public override string Shows => "The ceiling of caching: every read served from Redis.";

    public override IReadOnlyList<string> Thresholds => [$"group_duration{{group:::{Group}}}: p(95)<10"];

    public override ResetPlan Resets => new(LabReset.Redis, LabReset.None, LabReset.None);

    public override async Task PrepareAsync(IScenarioLab lab, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lab);
        using var warmup = await lab.Http.PostAsync(new Uri("/cache/warmup?count=10000", UriKind.Relative), null, cancellationToken);
        warmup.EnsureSuccessStatusCode();
    }

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var id = vu.Random.NextInt(1, 10_000);
        using (vu.Group(Group))
        {
            var response = await vu.SendAsync(new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/cache/users/{id}/cached")) { Name = "GET /cache/users/{id}/cached" });
            Checks.Status(vu, response, 200);
            Checks.BodyContains(vu, response, FromCache, "source is cache");
        }
    }
}
