using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Caching;

/// <summary>
/// 15: cache-aside with the hit ratio held at ≈ 10 %: keys 1–100,000, 10,000 warmed, Redis capacity pinned to the
/// warmed size with allkeys-lru (contract D11), so the ratio does not drift up as the cache fills.
/// </summary>
public sealed class WithCache15 : Scenario
{
    public const string Group = "With Cache (Hit/Miss)";
    public const string HitCheck = "cache hit " + Checks.OutcomeSuffix;
    private static readonly byte[] FromCache = Checks.Utf8("\"source\":\"cache\"");
    private static readonly byte[] FromDatabase = Checks.Utf8("\"source\":\"database\"");

    public override string Id => "15";

    public override string Slug => "with-cache";

    public override ScenarioCategory Category => ScenarioCategory.Caching;

    public override string Shows => "Cache-aside at a realistic, steady ≈ 10 % hit ratio: what a mostly-missing cache costs or saves.";

    public override IReadOnlyList<string> Thresholds => [$"group_duration{{group:::{Group}}}: p(95)<50"];

    public override ResetPlan Resets => new(LabReset.Redis, LabReset.None, LabReset.Redis);

    public override async Task PrepareAsync(IScenarioLab lab, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lab);
        using var warmup = await lab.Http.PostAsync(new Uri("/cache/warmup?count=10000", UriKind.Relative), null, cancellationToken);
        warmup.EnsureSuccessStatusCode();
        var used = await lab.RedisUsedMemoryAsync(cancellationToken);
        await lab.RedisConfigSetAsync("maxmemory", used.ToString(CultureInfo.InvariantCulture), cancellationToken);
        await lab.RedisConfigSetAsync("maxmemory-policy", "allkeys-lru", cancellationToken);
    }

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var id = vu.Random.NextInt(1, 100_000);
        using (vu.Group(Group))
        {
            var response = await vu.SendAsync(new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/cache/users/{id}/cached")) { Name = "GET /cache/users/{id}/cached" });
            Checks.Status(vu, response, 200);
            var hit = response.Body.IndexOf(FromCache) >= 0;
            vu.Check(hit || response.Body.IndexOf(FromDatabase) >= 0, "source is cache or database");
            vu.Check(hit, HitCheck);
        }
    }

    public override Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var hits = result.Checks.Where(c => c.Name == HitCheck).ToList();
        var passes = hits.Sum(c => c.Passes);
        var total = hits.Sum(c => c.Passes + c.Fails);
        double? ratio = total == 0 ? null : passes / (double)total;
        var holds = ratio is >= 0.07 and <= 0.13;
        var outcomes = new List<Outcome> { new("cache_hit (responses)", ratio, "ratio", Expected: "0.07–0.13", Holds: holds) };
        var invalid = holds ? Array.Empty<string>() : [$"cache hit ratio {ratio:P1} is outside 7–13 %: the capacity pinning did not hold the ratio (contract §4, 15)"];
        return Task.FromResult(new ScenarioOutcomes(outcomes, invalid));
    }
}
