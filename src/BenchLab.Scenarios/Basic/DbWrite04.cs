using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Basic;

/// <summary>04: <c>POST /users</c> — one INSERT … RETURNING and its commit per request.</summary>
public sealed class DbWrite04 : Scenario
{
    private static readonly byte[] HasId = Checks.Utf8("\"id\":");

    public override string Id => "04";

    public override string Slug => "db-write";

    public override ScenarioCategory Category => ScenarioCategory.Basic;

    public override string Shows => "Single-row writes: POST /users, one INSERT and its commit per request.";

    /// <summary>R-users before, after the warm-up, and after the run, so that the next scenario finds exactly the seed's 100,000 users.</summary>
    public override ResetPlan Resets => new(LabReset.Users, LabReset.Users, LabReset.Users);

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var response = await vu.SendAsync(Create(vu, "Test User", "test"));
        Checks.Status(vu, response, 201);
        Checks.BodyContains(vu, response, HasId, "id present");
    }

    /// <summary>A unique user per iteration: u = vu_iter_epochms (shared with 08's create request).</summary>
    public static HttpRequest Create(VuContext vu, string namePrefix, string emailPrefix)
    {
        ArgumentNullException.ThrowIfNull(vu);
        var unique = string.Create(CultureInfo.InvariantCulture, $"{vu.Id}_{vu.Iteration}_{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}");
        return new HttpRequest("POST", "/users")
        {
            Name = "POST /users",
            Body = RequestBody.JsonText($$"""{"name":"{{namePrefix}} {{unique}}","email":"{{emailPrefix}}_{{unique}}@benchmark.com"}"""),
        };
    }
}
