using System.Globalization;
using System.Text.Json;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.DbAdvanced;

/// <summary>11: the same page of 20 authors with their posts loaded lazily (1 + 20 queries), eagerly (1) and by subquery (2).</summary>
public sealed class NPlusOne11 : Scenario
{
    public const string Lazy = "A. Lazy Loading (N+1)";
    public const string Eager = "B. Eager Loading (JOIN)";
    public const string Subquery = "C. Subquery Loading (IN)";

    public override string Id => "11";

    public override string Slug => "db-n-plus-one";

    public override ScenarioCategory Category => ScenarioCategory.DbAdvanced;

    public override string Shows => "The N+1 query problem: 21 round trips against one JOIN and against two queries.";

    public override IReadOnlyList<string> Thresholds =>
        [$"group_duration{{group:::{Lazy}}}: p(95)<500", $"group_duration{{group:::{Eager}}}: p(95)<100", $"group_duration{{group:::{Subquery}}}: p(95)<100"];

    public override string? BaselineGroup => Lazy;

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var offset = (int)Math.Floor(vu.Random.NextDouble() * 980);
        foreach (var (group, strategy) in new[] { (Lazy, "lazy"), (Eager, "eager"), (Subquery, "subquery") })
        {
            using (vu.Group(group))
            {
                var response = await vu.SendAsync(new HttpRequest("GET", string.Create(CultureInfo.InvariantCulture, $"/n-plus-one/{strategy}?limit=20&offset={offset}"))
                {
                    Name = $"GET /n-plus-one/{strategy}",
                });
                Checks.Status(vu, response, 200);
                var body = Checks.Json(vu, response);
                vu.Check(body is { ValueKind: JsonValueKind.Array } authors && authors.GetArrayLength() > 0, "non-empty");
                vu.Check(body is { ValueKind: JsonValueKind.Array } first && first.GetArrayLength() > 0
                    && first[0].Member("posts") is { ValueKind: JsonValueKind.Array } posts && posts.GetArrayLength() > 0, "first author has posts");
            }
        }
    }
}
