using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.RealWorld;

/// <summary>17-b: the same lookup behind an HS256 JWT verified on every request (one token for all VUs).</summary>
public sealed class JwtAuth17b : Scenario
{
    public const string Group = "17-b: JWT Protected";
    private static readonly HttpRequest Login = new("POST", "/auth/login/jwt?user_id=1") { Name = "POST /auth/login/jwt" };
    private static readonly byte[] Jwt = Checks.Utf8("\"auth_type\":\"jwt\"");

    public override string Id => "17-b";

    public override string Slug => "jwt-auth";

    public override ScenarioCategory Category => ScenarioCategory.RealWorld;

    public override string Shows => "Stateless auth: verifying an HS256 JWT per request, against 17-a's unauthenticated lookup.";

    public override async ValueTask<object?> SetupAsync(VuContext vu)
    {
        ArgumentNullException.ThrowIfNull(vu);
        var response = await vu.SendAsync(Login);
        var token = response.Status == 200 ? response.Json().GetProperty("access_token").GetString() : null;
        return new HttpRequest("GET", "/auth/protected/jwt")
        {
            Name = "GET /auth/protected/jwt",
            Headers = [new("Authorization", $"Bearer {token ?? "login-failed"}")],
        };
    }

    public override async ValueTask IterationAsync(VuContext vu)
    {
        using (vu.Group(Group))
        {
            var response = await vu.SendAsync((HttpRequest)vu.SetupData!);
            Checks.Status(vu, response, 200);
            Checks.BodyContains(vu, response, Jwt, "auth_type is jwt");
        }
    }
}
