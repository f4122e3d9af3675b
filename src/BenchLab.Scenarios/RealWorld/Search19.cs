using System.Text.Json;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.RealWorld;

/// <summary>19: the same word searched with LIKE '%w%' (a sequential scan) and with full-text search (a GIN index).</summary>
public sealed class Search19 : Scenario
{
    public const string Like = "A. LIKE";
    public const string FullText = "B. Full-text";
    private static readonly string[] Syllables = ["ba", "ke", "di", "mo", "nu", "ra", "si", "to", "ve", "zu"];

    public override string Id => "19";

    public override string Slug => "search";

    public override ScenarioCategory Category => ScenarioCategory.RealWorld;

    public override string Shows => "Text search: LIKE '%word%' scans 100,000 articles; full-text search uses a GIN index.";

    public override IReadOnlyList<string> Thresholds => [$"group_duration{{group:::{Like}}}: p(95)<1000", $"group_duration{{group:::{FullText}}}: p(95)<200"];

    public override string? BaselineGroup => Like;

    /// <summary>word(j) of the seed's vocabulary (contract §2.3).</summary>
    public static string Word(int j) => Syllables[j / 100] + Syllables[j / 10 % 10] + Syllables[j % 10];

    public override async ValueTask IterationAsync(VuContext vu)
    {
        var word = Word(vu.Random.NextInt(0, 999));
        var likeTotal = await SearchAsync(vu, Like, "like", word);
        var fullTextTotal = await SearchAsync(vu, FullText, "fulltext", word);
        vu.Check(likeTotal is not null && likeTotal == fullTextTotal, "equal totals");
    }

    public override Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken)
    {
        var like = SeriesCounts.GroupP95(result, Like);
        var fullText = SeriesCounts.GroupP95(result, FullText);
        return Task.FromResult(new ScenarioOutcomes(
        [
            new Outcome("LIKE p95", like, "ms"),
            new Outcome("full-text p95", fullText, "ms"),
            new Outcome("LIKE / full-text (p95)", fullText > 0 ? like / fullText : null, "×"),
        ], []));
    }

    private static async ValueTask<long?> SearchAsync(VuContext vu, string group, string mode, string word)
    {
        using (vu.Group(group))
        {
            var response = await vu.SendAsync(new HttpRequest("GET", $"/search/{mode}?q={word}&limit=20") { Name = $"GET /search/{mode}" });
            Checks.Status(vu, response, 200);
            var body = Checks.Json(vu, response);
            var total = body?.Member("total") is { ValueKind: JsonValueKind.Number } t ? t.GetInt64() : (long?)null;
            vu.Check(total is 3300 or 3400, "total is 3300 or 3400");
            vu.Check(body?.Member("items") is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() == 20, "20 items");
            return total;
        }
    }
}
