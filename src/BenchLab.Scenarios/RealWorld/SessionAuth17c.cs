using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.RealWorld;

/// <summary>17-c: the same lookup behind a Redis session looked up on every request.</summary>
public sealed class SessionAuth17c : Scenario
{
    public const string Group = "17-c: Session Protected";
    private static readonly HttpRequest Login = new("POST", "/auth/login/session?user_id=1") { Name = "POST /auth/login/session" };
    private static readonly byte[] Session = Checks.Utf8("\"auth_type\":\"session\"");

    public override string Id => "17-c";

    public override string Slug => "session-auth";

    public override ScenarioCategory Category => ScenarioCategory.RealWorld;

    public override string Shows => "Stateful auth: a Redis session lookup per request, against 17-b's JWT.";

    public override ResetPlan Resets => new(LabReset.Redis, LabReset.None, LabReset.None);

    public override async ValueTask<object?> SetupAsync(VuContext vu)
    {
        ArgumentNullException.ThrowIfNull(vu);
        var response = await vu.SendAsync(Login);
        var token = response.Status == 200 ? response.Json().GetProperty("session_token").GetString() : null;
        return new HttpRequest("GET", "/auth/protected/session")
        {
            Name = "GET /auth/protected/session",
            Headers = [new("Authorization", $"Bearer {token ?? "login-failed"}")],
        };
    }

    public override async ValueTask IterationAsync(VuContext vu)
    {
        using (vu.Group(Group))
        {
            var response = await vu.SendAsync((HttpRequest)vu.SetupData!);
            Checks.Status(vu, response, 200);
            Checks.BodyContains(vu, response, Session, "auth_type is session");
        }
    }
}
