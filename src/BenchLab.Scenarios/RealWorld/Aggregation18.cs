using System.Text.Json;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.RealWorld;

/// <summary>18: counts and GROUP BYs through the ORM and through raw SQL, group after group.</summary>
public sealed class Aggregation18 : Scenario
{
    public static readonly IReadOnlyList<(string Group, string Path, string Field, int LimitMs)> Groups =
    [
        ("A. Count ORM", "/aggregation/count/orm", "count_star", 300),
        ("B. Count Raw", "/aggregation/count/raw", "count_star", 350),
        ("C. Country Stats ORM", "/aggregation/stats/country/orm?limit=10", "user_count", 250),
        ("D. Country Stats Raw", "/aggregation/stats/country/raw?limit=10", "user_count", 250),
        ("E. Author Stats ORM", "/aggregation/stats/author/orm?limit=10", "post_count", 150),
        ("F. Author Stats Raw", "/aggregation/stats/author/raw?limit=10", "post_count", 150),
    ];

    private static readonly HttpRequest[] Requests =
        [.. Groups.Select(g => new HttpRequest("GET", g.Path) { Name = "GET " + g.Path.Split('?')[0] })];

    public override string Id => "18";

    public override string Slug => "aggregation";

    public override ScenarioCategory Category => ScenarioCategory.RealWorld;

    public override string Shows => "Aggregations through the ORM against hand-written SQL: counts, GROUP BY, JOIN + GROUP BY.";

    public override IReadOnlyList<string> Thresholds => [.. Groups.Select(g => $"group_duration{{group:::{g.Group}}}: p(95)<{g.LimitMs}")];

    public override string? BaselineGroup => Groups[1].Group;

    public override async ValueTask IterationAsync(VuContext vu)
    {
        for (var i = 0; i < Groups.Count; i++)
        {
            using (vu.Group(Groups[i].Group))
            {
                var response = await vu.SendAsync(Requests[i]);
                Checks.Status(vu, response, 200);
                var body = Checks.Json(vu, response);
                var row = body is { ValueKind: JsonValueKind.Array } array ? (array.GetArrayLength() > 0 ? array[0] : (JsonElement?)null) : body;
                vu.Check(row?.Member(Groups[i].Field) is { ValueKind: JsonValueKind.Number } value && value.GetInt64() > 0, $"{Groups[i].Field} > 0");
            }
        }
    }
}
