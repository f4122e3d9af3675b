using System.Globalization;
using System.Text.Json;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.DbAdvanced;

/// <summary>09: OFFSET pagination (a count and a deep OFFSET scan) against cursor pagination (an index seek).</summary>
public sealed class Pagination09 : Scenario
{
    public const string OffsetGroup = "OFFSET pagination";
    public const string CursorGroup = "Cursor pagination";

    public override string Id => "09";

    public override string Slug => "db-pagination";

    public override ScenarioCategory Category => ScenarioCategory.DbAdvanced;

    public override string Shows => "Deep pages: OFFSET pagination (count + scan to the page) against a cursor (index seek).";

    public override IReadOnlyList<string> Thresholds =>
        [$"group_duration{{group:::{OffsetGroup}}}: p(95)<500", $"group_duration{{group:::{CursorGroup}}}: p(95)<200"];

    public override string? BaselineGroup => OffsetGroup;

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var page = vu.Random.NextInt(1, 5000);
        var cursor = vu.Random.NextInt(0, 99980);
        using (vu.Group(OffsetGroup))
        {
            var response = await vu.SendAsync(new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/users/offset?page={page}&size=20")) { Name = "GET /users/offset" });
            Checks.Status(vu, response, 200);
            var body = Checks.Json(vu, response);
            vu.Check(body?.Member("items") is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() > 0, "items non-empty");
            vu.Check(body?.Member("total") is { ValueKind: JsonValueKind.Number } total && total.GetInt64() == 100_000, "total is 100000");
        }
        using (vu.Group(CursorGroup))
        {
            var response = await vu.SendAsync(new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/users/cursor?cursor={cursor}&size=20")) { Name = "GET /users/cursor" });
            Checks.Status(vu, response, 200);
            vu.Check(Checks.Json(vu, response)?.Member("items") is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() > 0, "items non-empty");
        }
    }
}
