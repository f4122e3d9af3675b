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
/// 12: writing 1,000 rows five ways — per-row ORM inserts, one ORM unit of work, one raw multi-row INSERT, per-row
/// UPDATEs, one raw UPDATE. Each iteration uses its own batch keys; only the lab truncates (before and after).
/// </summary>
public sealed class BulkOperations12 : Scenario
{
    public static readonly IReadOnlyList<(string Group, string Operation, string? Prepare, int LimitMs)> Groups =
    [
        ("A. Individual INSERT", "insert-individual", null, 30_000),
        ("B. Batch INSERT", "insert-batch", null, 1_000),
        ("C. Raw INSERT", "insert-raw", null, 500),
        ("D. Individual UPDATE", "update-individual", "insert-raw", 30_000),
        ("E. Bulk UPDATE", "update-bulk", "insert-raw", 1_000),
    ];

    private string _runId = "bench";

    public override string Id => "12";

    public override string Slug => "db-bulk-operations";

    public override ScenarioCategory Category => ScenarioCategory.DbAdvanced;

    public override string Shows => "Bulk writes: 1,000 rows one by one (each its own commit) against one batch and one statement.";

    public override IReadOnlyList<string> Thresholds => [.. Groups.Select(g => $"group_duration{{group:::{g.Group}}}: p(95)<{g.LimitMs}")];

    public override ResetPlan Resets => new(LabReset.Bulk, LabReset.Bulk, LabReset.Bulk);

    public override string? BaselineGroup => Groups[0].Group;

    private int _loadRuns;

    public override Task PrepareAsync(IScenarioLab lab, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lab);
        _runId = lab.RunId;
        return Task.CompletedTask;
    }

    /// <summary>
    /// The warm-up and every measured run get a run_id of their own (the lab's run id and a counter, at most 16
    /// characters): a warm-up request the server is still working on when the reset after the warm-up truncates
    /// bulk_items must not write rows into the batches of the measured iterations, which would answer 409.
    /// </summary>
    public override ValueTask<object?> SetupAsync(VuContext vu) =>
        ValueTask.FromResult<object?>(string.Create(CultureInfo.InvariantCulture, $"{_runId}{Interlocked.Increment(ref _loadRuns)}"));

    public override async ValueTask IterationAsync(VuContext vu)
    {
        ArgumentNullException.ThrowIfNull(vu);
        var batch = string.Create(CultureInfo.InvariantCulture, $"{vu.SetupData}-{vu.Id}-{vu.Iteration}");
        foreach (var (group, operation, prepare, _) in Groups)
        {
            var key = $"{batch}-{char.ToLowerInvariant(group[0])}";
            using (vu.Group(group))
            {
                if (prepare is not null)
                {
                    var prep = await vu.SendAsync(Request(prepare, key, "prep"));
                    vu.Check(prep.Status == 200, "prep status is 200");
                }
                var response = await vu.SendAsync(Request(operation, key, "op"));
                Checks.Status(vu, response, 200);
                var body = Checks.Json(vu, response);
                vu.Check(body?.Member("count") is { ValueKind: JsonValueKind.Number } count && count.GetInt32() == 1000, "count is 1000");
                vu.Check(body?.Member("affected") is { ValueKind: JsonValueKind.Number } affected && affected.GetInt32() == 1000, "affected is 1000");
            }
        }
    }

    public override async Task<ScenarioOutcomes> CollectAsync(IScenarioLab lab, LoadResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(result);
        var outcomes = new List<Outcome>();
        foreach (var (group, _, _, _) in Groups)
        {
            outcomes.Add(new Outcome($"{group}: group p95", SeriesCounts.GroupP95(result, group), "ms"));
            outcomes.Add(new Outcome($"{group}: op p95 (time per 1,000 rows)", SeriesCounts.TaggedP95(result, group, "phase=op"), "ms"));
        }
        var rows = await lab.ScalarAsync("SELECT count(*) FROM bulk_items", cancellationToken);
        var completed = result.Iterations;
        outcomes.Add(new Outcome("rows in bulk_items", rows, "rows", Expected: $"≥ {completed * 5000:N0} (5,000 per completed iteration)", Holds: rows >= completed * 5000));
        return new ScenarioOutcomes(outcomes, []);
    }

    private static HttpRequest Request(string operation, string batch, string phase) =>
        new("POST", $"/bulk-operations/{operation}?count=1000&batch={batch}")
        {
            Name = $"POST /bulk-operations/{operation}",
            Tags = [new("phase", phase)],
            Timeout = TimeSpan.FromSeconds(60),
        };
}
