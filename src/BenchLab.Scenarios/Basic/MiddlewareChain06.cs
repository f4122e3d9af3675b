using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Basic;

/// <summary>06: <c>GET /protected</c> through request id, access log and bearer check.</summary>
public sealed class MiddlewareChain06 : Scenario
{
    private static readonly byte[] Granted = Checks.Utf8("\"message\":\"Access granted\"");

    public override string Id => "06";

    public override string Slug => "middleware-chain";

    public override ScenarioCategory Category => ScenarioCategory.Basic;

    public override string Shows => "The cost of three middlewares (request id, access log, bearer check) on one route.";

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var requestId = string.Create(CultureInfo.InvariantCulture, $"req-{vu.Id}-{vu.Iteration}");
        var response = await vu.SendAsync(Protected(requestId));
        Checks.Status(vu, response, 200);
        Checks.BodyContains(vu, response, Granted, "access granted");
        vu.Check(response.Header("X-Request-Id") == requestId, "request id echoed");
    }

    public static HttpRequest Protected(string requestId) => new("GET", "/protected")
    {
        Name = "GET /protected",
        Headers = [new("Authorization", "Bearer test-token-12345"), new("X-Request-Id", requestId)],
    };
}
