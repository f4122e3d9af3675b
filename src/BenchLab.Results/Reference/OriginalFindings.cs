using BenchLab.Results.Comparison;

namespace BenchLab.Results.Reference;

/// <summary>
/// The original lab's findings (contract §6) that our results can confirm, refine or contradict, as data.
/// Latencies are p95 in ms — group_duration for the grouped scenarios, http_req_duration for 14–17 — as the
/// original published them; group names are the contract's (§4).
/// </summary>
public static class OriginalFindings
{
    public static IReadOnlyList<OriginalFinding> All { get; } =
    [
        new SpeedupFinding("Cursor pagination is faster than OFFSET", "OFFSET 60.02 / cursor 34.42 ms = 1.74× (§6.2)",
            ("09", RepetitionMetric.GroupP95("Cursor pagination")), ("09", RepetitionMetric.GroupP95("OFFSET pagination")), 60.02 / 34.42, claimsSize: false),
        new SpeedupFinding("Narrow rows (5 columns) are faster than extra wide (50)", "extra wide 52.76 / narrow 36.33 ms = 1.45× (§6.3)",
            ("10", RepetitionMetric.GroupP95("A. Column Count - Narrow (5)")), ("10", RepetitionMetric.GroupP95("A. Column Count - Extra Wide (50)")), 52.76 / 36.33, claimsSize: false),
        new SpeedupFinding("Eager loading (JOIN) is about 4× faster than lazy (N+1)", "lazy 102.71 / eager 24.86 ms = 4.13× (§6.4)",
            ("11", RepetitionMetric.GroupP95("B. Eager Loading (JOIN)")), ("11", RepetitionMetric.GroupP95("A. Lazy Loading (N+1)")), 102.71 / 24.86, claimsSize: true),
        new SpeedupFinding("Subquery loading (IN) is about 3.7× faster than lazy (N+1)", "lazy 102.71 / subquery 27.99 ms = 3.67× (§6.4)",
            ("11", RepetitionMetric.GroupP95("C. Subquery Loading (IN)")), ("11", RepetitionMetric.GroupP95("A. Lazy Loading (N+1)")), 102.71 / 27.99, claimsSize: true),
        new SpeedupFinding("Batch INSERT is about 77× faster than individual INSERTs", "2.98 s / 38.86 ms = 77× (§6.5)",
            ("12", RepetitionMetric.GroupP95("B. Batch INSERT")), ("12", RepetitionMetric.GroupP95("A. Individual INSERT")), 2980 / 38.86, claimsSize: true),
        new SpeedupFinding("Raw bulk INSERT is about 187× faster than individual INSERTs", "2.98 s / 15.91 ms = 187× (§6.5)",
            ("12", RepetitionMetric.GroupP95("C. Raw INSERT")), ("12", RepetitionMetric.GroupP95("A. Individual INSERT")), 2980 / 15.91, claimsSize: true),
        new SpeedupFinding("Bulk UPDATE is about 124× faster than individual UPDATEs", "2.96 s / 23.86 ms = 124× (§6.5)",
            ("12", RepetitionMetric.GroupP95("E. Bulk UPDATE")), ("12", RepetitionMetric.GroupP95("D. Individual UPDATE")), 2960 / 23.86, claimsSize: true),
        new LockingFinding("Pessimistic locking: 100 % success, no lost update", "100 % success, final stock exact (§6.6)", "pessimistic", exact: true),
        new LockingFinding("Without a lock, concurrent decrements lose updates", "2,411 of 7,388 lost = 32.6 % (§6.6)", "no-lock", exact: false),
        new SpeedupFinding("A cache hit is about 10× faster than no cache (p95)", "no cache 23.27 / pure hit 2.24 ms = 10.4× (§6.7)",
            ("16-a", RepetitionMetric.P95), ("14", RepetitionMetric.P95), 23.27 / 2.24, claimsSize: true),
        new SpeedupFinding("A cache hit serves about 4.5× the throughput of no cache", "pure hit 5,605 / no cache 1,238 req/s = 4.5× (§6.7)",
            ("16-a", RepetitionMetric.RequestsPerSecond), ("14", RepetitionMetric.RequestsPerSecond), 5605.0 / 1238, claimsSize: true),
        new SpeedupFinding("Session auth is faster than JWT (p95)", "JWT 22.35 / session 17.39 ms = 1.29× in favour of session (§6.7)",
            ("17-c", RepetitionMetric.P95), ("17-b", RepetitionMetric.P95), 22.35 / 17.39, claimsSize: false),
        new SpeedupFinding("Session auth serves more req/s than JWT", "session 1,464 / JWT 1,283 req/s = 1.14× (§6.7)",
            ("17-c", RepetitionMetric.RequestsPerSecond), ("17-b", RepetitionMetric.RequestsPerSecond), 1464.0 / 1283, claimsSize: false),
        new SpeedupFinding("Three separate counts (Count ORM) beat one combined count (Count Raw)", "raw 290.45 / ORM 196.69 ms = 1.48× (§6.8, after indexes)",
            ("18", RepetitionMetric.GroupP95("A. Count ORM")), ("18", RepetitionMetric.GroupP95("B. Count Raw")), 290.45 / 196.69, claimsSize: false),
    ];

    public static IReadOnlyList<FindingResult> Evaluate(LatestMeasurements measurements) => [.. All.Select(f => f.Evaluate(measurements))];
}
