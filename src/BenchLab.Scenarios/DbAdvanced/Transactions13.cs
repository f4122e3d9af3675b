using System.Globalization;
using System.Text.Json;
using BenchLab.Load;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Results.Model;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;

namespace BenchLab.Scenarios.DbAdvanced;

/// <summary>
/// 13: 10 VUs decrementing one product per locking method at once. No lock loses updates; pessimistic,
/// optimistic and serializable must not — at the price of waiting, retrying, or failing with 409.
/// </summary>
public sealed class Transactions13 : Scenario
{
    public static readonly IReadOnlyList<(string Group, string Method, int ProductId, int LimitMs)> Methods =
    [
        ("A. No Lock", "no-lock", 1, 500),
        ("B. Pessimistic Lock", "pessimistic", 2, 1000),
        ("C. Optimistic Lock", "optimistic", 3, 1000),
        ("D. Serializable", "serializable", 4, 1000),
    ];

    private static readonly HttpRequest[] Requests =
        [.. Methods.Select(m => new HttpRequest("POST", string.Create(CultureInfo.InvariantCulture, $"/transactions/decrement/{m.Method}?product_id={m.ProductId}&quantity=1"))
        {
            Name = $"POST /transactions/decrement/{m.Method}",
            ExpectedStatuses = [200, 409],
        })];

    public override string Id => "13";

    public override string Slug => "db-transactions";

    public override ScenarioCategory Category => ScenarioCategory.DbAdvanced;

    public override string Shows => "Concurrent decrements: lost updates without a lock; what pessimistic, optimistic and serializable cost instead.";

    public override IReadOnlyList<string> Thresholds => [.. Methods.Select(m => $"group_duration{{group:::{m.Group}}}: p(95)<{m.LimitMs}")];

    public override ResetPlan Resets => ResetPlan.BeforeAndAfterWarmup(LabReset.Products);

    public override string? BaselineGroup => Methods[0].Group;

    public override async ValueTask IterationAsync(VuContext vu)
    {
        for (var i = 0; i < Methods.Count; i++)
        {
            using (vu.Group(Methods[i].Group))
            {
                var response = await vu.SendAsync(Requests[i]);
                vu.Check(response.Status == 200, "status is 200 " + Checks.OutcomeSuffix);
                vu.Check(response.Status == 200 && Checks.Json(vu, response)?.Member("success") is { ValueKind: JsonValueKind.True }, "success " + Checks.OutcomeSuffix);
                vu.Check(response.Status is 200 or 409, "status is 200 or 409");
            }
        }
    }

    public override async Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(result);
        var outcomes = new List<Outcome>();
        var invalid = new List<string>();
        foreach (var (group, method, productId, _) in Methods)
        {
            var name = $"POST /transactions/decrement/{method}";
            var requests = SeriesCounts.Requests(result, name);
            var successes = SeriesCounts.Responses(result, name, 2);
            var conflicts = SeriesCounts.Responses(result, name, 4);
            var finalStock = await lab.ScalarAsync($"SELECT stock FROM products WHERE id = {productId}", cancellationToken);
            var lost = successes - (1000 - finalStock);
            var mustBeExact = method != "no-lock";
            outcomes.Add(new Outcome($"{method}: requests", requests, "requests"));
            outcomes.Add(new Outcome($"{method}: successes", successes, "requests"));
            outcomes.Add(new Outcome($"{method}: conflicts (409)", conflicts, "requests"));
            outcomes.Add(new Outcome($"{method}: success rate", requests == 0 ? null : successes / (double)requests, "ratio"));
            outcomes.Add(new Outcome($"{method}: final stock", finalStock, "units"));
            outcomes.Add(new Outcome($"{method}: lost updates", lost, "updates", Expected: mustBeExact ? "0" : null, Holds: mustBeExact ? lost == 0 : null));
            outcomes.Add(new Outcome($"{method}: p95", SeriesCounts.GroupP95(result, group), "ms"));
            if (mustBeExact && lost != 0)
            {
                invalid.Add($"{method} lost {lost} updates: successes − (1000 − final stock) must be 0");
            }
        }
        return new ScenarioOutcomes(outcomes, invalid);
    }
}
