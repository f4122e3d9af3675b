using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.Basic;

/// <summary>02: <c>POST /echo</c> with a ≈111-byte body built once per VU — JSON parsing and serialisation.</summary>
public sealed class JsonPayload02 : Scenario
{
    private static readonly byte[] MessageEchoed = Checks.Utf8("\"message\":\"Hello, benchmark!\"");

    public override string Id => "02";

    public override string Slug => "json-payload";

    public override ScenarioCategory Category => ScenarioCategory.Basic;

    public override string Shows => "JSON in and out: POST /echo with a small nested body, echoed back.";

    public override async ValueTask IterationAsync(VuContext vu)
    {
        // Built once per VU, with the VU's start time, as the k6 script did.
        var request = vu.State as HttpRequest ?? (HttpRequest)(vu.State = new HttpRequest("POST", "/echo")
        {
            Name = "POST /echo",
            Body = RequestBody.JsonText(
                "{\"message\":\"Hello, benchmark!\",\"timestamp\":" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)
                + ",\"data\":{\"items\":[1,2,3,4,5],\"nested\":{\"key\":\"value\"}}}"),
        });
        var response = await vu.SendAsync(request);
        Checks.Status(vu, response, 200);
        Checks.BodyContains(vu, response, MessageEchoed, "message echoed");
    }
}
