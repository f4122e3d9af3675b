using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.RealWorld;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.ColdWarm;

/// <summary>
/// Mix M of 23, read-only: 40 % cached user reads, 20 % cursor pages, 20 % eager N+1 pages, 20 % full-text
/// searches (contract §4). With the same run seed the cold and warm runs send identical sequences per VU.
/// </summary>
public static class ColdWarmMix
{
    public static async ValueTask SendOneAsync(VuContext vu)
    {
        ArgumentNullException.ThrowIfNull(vu);
        var r = 100 * vu.Random.NextDouble();
        HttpRequest request;
        if (r < 40)
        {
            request = new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/cache/users/{vu.Random.NextInt(1, 100_000)}/cached")) { Name = "GET /cache/users/{id}/cached" };
        }
        else if (r < 60)
        {
            request = new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/users/cursor?cursor={vu.Random.NextInt(0, 99980)}&size=20")) { Name = "GET /users/cursor" };
        }
        else if (r < 80)
        {
            request = new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/n-plus-one/eager?limit=20&offset={(int)Math.Floor(vu.Random.NextDouble() * 980)}")) { Name = "GET /n-plus-one/eager" };
        }
        else
        {
            request = new HttpRequest("GET", $"/search/fulltext?q={Search19.Word(vu.Random.NextInt(0, 999))}&limit=20") { Name = "GET /search/fulltext" };
        }
        Checks.Status(vu, await vu.SendAsync(request), 200);
    }

    /// <summary>Each VU's first-request latency, and their median and maximum.</summary>
    public static IReadOnlyList<Outcome> FirstRequests(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var firsts = result.FirstRequests.OrderBy(f => f.Vu).ToList();
        var outcomes = firsts.Select(f => new Outcome($"first request of VU {f.Vu}", f.LatencyMs, "ms")).ToList();
        if (firsts.Count > 0)
        {
            var sorted = firsts.Select(f => f.LatencyMs).Order().ToList();
            outcomes.Insert(0, new Outcome("first request: max over VUs", sorted[^1], "ms"));
            outcomes.Insert(0, new Outcome("first request: median over VUs", sorted[sorted.Count / 2], "ms"));
        }
        return outcomes;
    }
}
