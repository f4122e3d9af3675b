using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Basic;

/// <summary>03: <c>GET /users</c> — 1,000 rows (≈95 KB) per request: reading and serialising a large result.</summary>
public sealed class DbRead03 : Scenario
{
    private static readonly HttpRequest Users = new("GET", "/users") { Name = "GET /users" };

    public override string Id => "03";

    public override string Slug => "db-read";

    public override ScenarioCategory Category => ScenarioCategory.Basic;

    public override string Shows => "A large read: GET /users returns 1,000 rows (≈95 KB) per request.";

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var response = await vu.SendAsync(Users);
        Checks.Status(vu, response, 200);
        var body = Checks.Json(vu, response);
        vu.Check(body is { ValueKind: System.Text.Json.JsonValueKind.Array } array && array.GetArrayLength() == 1000, "1000 items");
        vu.Check(body is { ValueKind: System.Text.Json.JsonValueKind.Array } first && first.GetArrayLength() > 0 && first[0].GetProperty("id").GetInt32() == 1, "first id is 1");
    }
}
