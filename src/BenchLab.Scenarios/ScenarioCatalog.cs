using BenchLab.Scenarios.Basic;
using BenchLab.Scenarios.Caching;
using BenchLab.Scenarios.ColdWarm;
using BenchLab.Scenarios.DbAdvanced;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.RealWorld;
using BenchLab.Scenarios.Stress;

namespace BenchLab.Scenarios;

/// <summary>
/// Every scenario of contract §4 in contract order. Instances are made fresh per use (a scenario may keep
/// state between its preparation and its iterations, e.g. 12's run id).
/// </summary>
public static class ScenarioCatalog
{
    private static readonly IReadOnlyList<Func<Scenario>> Factories =
    [
        () => new Lightweight01(), () => new JsonPayload02(), () => new DbRead03(), () => new DbWrite04(),
        () => new ExternalApi05(), () => new MiddlewareChain06(), () => new FileUpload07(), () => new ConcurrentMixed08(),
        () => new Pagination09(), () => new ColumnOverhead10(), () => new NPlusOne11(), () => new BulkOperations12(), () => new Transactions13(),
        () => new NoCache14(), () => new WithCache15(), () => new PureHit16a(), () => new PureMiss16b(),
        () => new NoAuth17a(), () => new JwtAuth17b(), () => new SessionAuth17c(), () => new Aggregation18(), () => new Search19(), () => new RealWorldFlow20(),
        () => new SpikeTraffic21(), () => new LongRunning22(),
        () => new Cold23(), () => new Warm23(),
    ];

    /// <summary>The default suite of `./benchlab run` (contract §8.4): 01–08, 09, 11, 13, 15, 17-b, 18.</summary>
    public static readonly IReadOnlyList<string> DefaultSuite = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "11", "13", "15", "17-b", "18"];

    public static IReadOnlyList<Scenario> All() => [.. Factories.Select(f => f())];

    public static Scenario? Find(string id) => All().FirstOrDefault(s => s.Id == id || s.Name == id);

    /// <summary>
    /// Resolves what the user asked for — ids ("03", "16-a"), names ("03-db-read"), categories ("caching"),
    /// "23" (cold and warm together) or "all" — into scenarios in contract order. Unknown words are returned.
    /// </summary>
    public static (IReadOnlyList<Scenario> Scenarios, IReadOnlyList<string> Unknown) Select(IEnumerable<string> selectors)
    {
        ArgumentNullException.ThrowIfNull(selectors);
        var all = All();
        var chosen = new HashSet<string>();
        var unknown = new List<string>();
        foreach (var selector in selectors)
        {
            var matches = selector switch
            {
                "all" => all,
                "23" => all.Where(s => s.Category == ScenarioCategory.ColdWarm).ToList(),
                "16" => all.Where(s => s.Id.StartsWith("16-", StringComparison.Ordinal)).ToList(),
                "17" => all.Where(s => s.Id.StartsWith("17-", StringComparison.Ordinal)).ToList(),
                _ when ScenarioCategoryNames.Parse(selector) is { } category => all.Where(s => s.Category == category).ToList(),
                _ => all.Where(s => s.Id == selector || s.Name == selector).ToList(),
            };
            if (matches.Count == 0)
            {
                unknown.Add(selector);
            }
            chosen.UnionWith(matches.Select(s => s.Id));
        }
        // 23 is one unit: cold and warm always run together, cold first (contract §8.5).
        if (chosen.Contains("23-cold") || chosen.Contains("23-warm"))
        {
            chosen.UnionWith(["23-cold", "23-warm"]);
        }
        return ([.. all.Where(s => chosen.Contains(s.Id))], unknown);
    }
}
