using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.DbAdvanced;

/// <summary>10: the same 100 rows from tables of 5, 20 and 49 columns and of five column types, group after group.</summary>
public sealed class ColumnOverhead10 : Scenario
{
    /// <summary>Groups in the contract's order, each with its route and p95 limit (ms); "A" groups must return rows.</summary>
    public static readonly IReadOnlyList<(string Group, string Route, int LimitMs)> Groups =
    [
        ("A. Column Count - Narrow (5)", "narrow", 100),
        ("A. Column Count - Wide (20)", "wide", 200),
        ("A. Column Count - Extra Wide (50)", "extra-wide", 300),
        ("A. Column Count - Wide projected (5 of 20)", "wide/projected", 200),
        ("B. Data Type - VARCHAR", "type/varchar", 100),
        ("B. Data Type - TEXT", "type/text", 150),
        ("B. Data Type - JSONB", "type/jsonb", 150),
        ("B. Data Type - TIMESTAMP", "type/timestamp", 100),
        ("B. Data Type - UUID", "type/uuid", 100),
        ("B. Data Type - INT", "type/int", 100),
    ];

    private static readonly HttpRequest[] Requests =
        [.. Groups.Select(g => new HttpRequest("GET", $"/column-overhead/{g.Route}?limit=100") { Name = $"GET /column-overhead/{g.Route}", KeepBody = g.Group.StartsWith("A.", StringComparison.Ordinal) })];

    public override string Id => "10";

    public override string Slug => "db-column-overhead";

    public override ScenarioCategory Category => ScenarioCategory.DbAdvanced;

    public override string Shows => "What columns cost: 100 rows of 5, 20 or 49 columns, and of INT, VARCHAR, TEXT, JSONB, TIMESTAMP and UUID columns.";

    public override IReadOnlyList<string> Thresholds => [.. Groups.Select(g => $"group_duration{{group:::{g.Group}}}: p(95)<{g.LimitMs}")];

    public override string? BaselineGroup => Groups[0].Group;

    public override async ValueTask IterationAsync(VuContext vu)
    {
        for (var i = 0; i < Groups.Count; i++)
        {
            using (vu.Group(Groups[i].Group))
            {
                var response = await vu.SendAsync(Requests[i]);
                Checks.Status(vu, response, 200);
                if (Requests[i].KeepBody)
                {
                    vu.Check(response.Body.Length > 2 && response.Body[0] == (byte)'[' && response.Body[1] == (byte)'{', "non-empty array");
                }
            }
        }
    }
}
