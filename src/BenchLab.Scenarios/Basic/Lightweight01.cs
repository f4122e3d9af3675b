using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Basic;

/// <summary>01: <c>GET /health</c> — the framework's bare request cost, no I/O.</summary>
public sealed class Lightweight01 : Scenario
{
    private static readonly HttpRequest Health = new("GET", "/health") { Name = "GET /health" };

    public override string Id => "01";

    public override string Slug => "lightweight";

    public override ScenarioCategory Category => ScenarioCategory.Basic;

    public override string Shows => "The framework's bare per-request cost: GET /health, no I/O.";

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var response = await vu.SendAsync(Health);
        Checks.Status(vu, response, 200);
    }
}
