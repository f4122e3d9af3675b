using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Basic;

/// <summary>05: <c>GET /external</c> — a 100 ms dependency awaited without blocking; the ceiling is VUs / 0.1 s.</summary>
public sealed class ExternalApi05 : Scenario
{
    private static readonly HttpRequest External = new("GET", "/external") { Name = "GET /external" };
    private static readonly byte[] HasLatency = Checks.Utf8("\"latency_ms\":");

    public override string Id => "05";

    public override string Slug => "external-api";

    public override ScenarioCategory Category => ScenarioCategory.Basic;

    public override string Shows => "Waiting on a slow dependency: a 100 ms awaited delay; ideal throughput is 10 VUs / 0.1 s = 100 req/s.";

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var response = await vu.SendAsync(External);
        Checks.Status(vu, response, 200);
        Checks.BodyContains(vu, response, HasLatency, "latency_ms present");
    }
}
