using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.RealWorld;

/// <summary>17-a: the user lookup without authentication — the baseline that 17-b and 17-c subtract.</summary>
public sealed class NoAuth17a : Scenario
{
    public const string Group = "17-a: No Auth";
    private static readonly HttpRequest Public = new("GET", "/auth/public?user_id=1") { Name = "GET /auth/public" };
    private static readonly byte[] PublicMessage = Checks.Utf8("\"message\":\"public endpoint\"");
    private static readonly byte[] UserOne = Checks.Utf8("\"user_id\":1,");

    public override string Id => "17-a";

    public override string Slug => "no-auth";

    public override ScenarioCategory Category => ScenarioCategory.RealWorld;

    public override string Shows => "The baseline of the auth scenarios: the same user lookup, no authentication.";

    public override async ValueTask IterationAsync(VuContext vu)
    {
        using (vu.Group(Group))
        {
            var response = await vu.SendAsync(Public);
            Checks.Status(vu, response, 200);
            Checks.BodyContains(vu, response, PublicMessage, "public endpoint");
            Checks.BodyContains(vu, response, UserOne, "user_id is 1");
        }
    }
}
