using System.Globalization;
using System.Text.Json;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.RealWorld;

/// <summary>20: log in, read the own profile, rename it (which invalidates its cache entry) — a user's flow.</summary>
public sealed class RealWorldFlow20 : Scenario
{
    public const string Group = "Flow";

    public override string Id => "20";

    public override string Slug => "real-world-flow";

    public override ScenarioCategory Category => ScenarioCategory.RealWorld;

    public override string Shows => "A user's flow: JWT login, profile read, profile update with cache invalidation.";

    public override IReadOnlyList<string> Thresholds => [$"group_duration{{group:::{Group}}}: p(95)<500"];

    public override ResetPlan Resets => new(LabReset.Users | LabReset.Redis, LabReset.Users, LabReset.Users);

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var user = vu.Random.NextInt(1, 100_000);
        using (vu.Group(Group))
        {
            var login = await vu.SendAsync(new HttpRequest("POST", string.Create(CultureInfo.InvariantCulture, $"/auth/login/jwt?user_id={user}"))
            {
                Name = "POST /auth/login/jwt",
                Tags = [new("step", "login")],
            });
            Checks.Status(vu, login, 200);
            var token = login.Status == 200 ? Checks.Json(vu, login)?.Member("access_token")?.GetString() : null;
            vu.Check(token is not null, "token issued");
            if (token is null)
            {
                return;
            }
            var bearer = new KeyValuePair<string, string>("Authorization", "Bearer " + token);
            var read = await vu.SendAsync(new HttpRequest("GET", "/flow/profile") { Name = "GET /flow/profile", Tags = [new("step", "read")], Headers = [bearer] });
            Checks.Status(vu, read, 200);
            vu.Check(read.Status == 200 && Checks.Json(vu, read)?.Member("id") is { ValueKind: JsonValueKind.Number } id && id.GetInt32() == user, "id is the user");
            var name = string.Create(CultureInfo.InvariantCulture, $"User{user}-{vu.Id}-{vu.Iteration}");
            var update = await vu.SendAsync(new HttpRequest("PATCH", "/flow/profile")
            {
                Name = "PATCH /flow/profile",
                Tags = [new("step", "update")],
                Headers = [bearer],
                Body = RequestBody.JsonText($$"""{"name":"{{name}}"}"""),
            });
            Checks.Status(vu, update, 200);
            vu.Check(update.Status == 200 && Checks.Json(vu, update)?.Member("name")?.GetString() == name, "name echoed");
        }
    }

    public override Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken) =>
        Task.FromResult(new ScenarioOutcomes(
        [
            new Outcome("Flow p95", SeriesCounts.GroupP95(result, Group), "ms"),
            new Outcome("login p95", SeriesCounts.TaggedP95(result, Group, "step=login"), "ms"),
            new Outcome("read p95", SeriesCounts.TaggedP95(result, Group, "step=read"), "ms"),
            new Outcome("update p95", SeriesCounts.TaggedP95(result, Group, "step=update"), "ms"),
        ], []));
}
