using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Caching;

/// <summary>14: a user by id from PostgreSQL on every request — the baseline of 15 and 16.</summary>
public sealed class NoCache14 : Scenario
{
    public const string Group = "No Cache (DB only)";
    private static readonly byte[] FromDatabase = Checks.Utf8("\"source\":\"database\"");

    public override string Id => "14";

    public override string Slug => "no-cache";

    public override ScenarioCategory Category => ScenarioCategory.Caching;

    public override string Shows => "The baseline of the caching scenarios: every read goes to PostgreSQL.";

    public override IReadOnlyList<string> Thresholds => [$"group_duration{{group:::{Group}}}: p(95)<100"];

    public override ResetPlan Resets => new(LabReset.Redis, LabReset.None, LabReset.None);

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var id = vu.Random.NextInt(1, 100_000);
        using (vu.Group(Group))
        {
            var response = await vu.SendAsync(new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/cache/users/{id}/no-cache")) { Name = "GET /cache/users/{id}/no-cache" });
            Checks.Status(vu, response, 200);
            Checks.BodyContains(vu, response, FromDatabase, "source is database");
        }
    }
}
