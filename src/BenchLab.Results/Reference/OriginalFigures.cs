namespace BenchLab.Results.Reference;

/// <summary>
/// The original lab's published figures that contract §6 quotes, as data: the reference column of the reports
/// and of docs/scenarios. Absolute numbers are not portable across machines (§6); ratios are what to compare.
/// </summary>
public static class OriginalFigures
{
    private const string Basic = "2026-03-27, mean of 10 runs, Apple M5 Pro host (§6.1)";
    private const string FastApiP = "FastAPI pragmatic";

    public static IReadOnlyList<OriginalFigure> All { get; } =
    [
        .. BasicRow("01", [(20491.80, 55.62, 0.475, 0.835, 1.363), (14225.34, 264.53, 0.683, 0.794, 0.899), (13928.07, 37.68, 0.699, 0.800, 0.896), (3631.68, 41.83, 2.736, 4.202, 4.851), (2898.50, 22.88, 0.673, 1.186, 1.497)]),
        .. BasicRow("02", [(17403.32, 116.99, 0.557, 0.975, 1.534), (11789.88, 158.13, 0.812, 0.915, 1.099), (11634.73, 29.63, 0.823, 0.918, 1.044), (4200.02, 24.63, 2.360, 2.708, 10.476), (2620.62, 221.90, 0.740, 1.551, 1.946)]),
        .. BasicRow("03", [(498.47, 23.75, 19.308, 26.981, 29.355), (146.93, 3.93, 66.072, 89.881, 217.342), (170.25, 3.21, 57.416, 133.259, 179.973), (1523.93, 9.95, 6.376, 10.076, 10.844), (288.22, 6.42, 33.603, 41.768, 45.841)]),
        .. BasicRow("04", [(5874.79, 220.38, 1.665, 2.556, 3.371), (1279.56, 17.35, 7.750, 13.871, 28.201), (1528.02, 32.13, 6.490, 13.619, 25.657), (1718.86, 26.50, 5.767, 8.240, 9.070), (411.04, 2.81, 24.078, 27.911, 29.609)]),
        .. BasicRow("05", [(92.32, 0.23, 108.171, 113.683, 114.613), (93.94, 0.30, 106.224, 109.539, 110.404), (93.36, 0.51, 106.905, 112.662, 114.330), (90.02, 3.85, 111.042, 133.879, 136.621), (18.59, 0.06, 533.411, 551.311, 555.968)]),
        .. BasicRow("06", [(18770.77, 135.22, 0.515, 0.909, 1.480), (9798.53, 137.68, 0.982, 1.077, 1.376), (10455.18, 189.73, 0.921, 1.012, 1.121), (3518.97, 30.79, 2.817, 4.276, 4.961), (2560.42, 149.38, 0.688, 1.377, 1.752)]),
        .. BasicRow("07", [(10063.36, 1706.38, 1.007, 1.861, 2.554), (6028.80, 24.77, 1.614, 1.706, 1.849), (6083.49, 19.53, 1.599, 1.691, 1.831), (3149.62, 28.86, 3.140, 5.904, 10.348), (2622.20, 56.00, 0.837, 1.555, 1.961)]),
        .. BasicRow("08", [(244.22, 110.60, 46.996, 133.417, 155.879), (122.06, 56.37, 94.101, 235.676, 367.957), (133.39, 65.67, 86.857, 220.375, 338.525), (557.44, 32.10, 17.929, 104.670, 111.427), (92.76, 6.78, 107.783, 232.943, 275.905)]),

        new("09", FastApiP, "2026-01-01, users = 100,000 (§6.2)", P95: 60.02, Group: "OFFSET pagination"),
        new("09", FastApiP, "2026-01-01, users = 100,000 (§6.2)", P95: 34.42, Group: "Cursor pagination"),
        new("09", FastApiP, "2026-01-01 (§6.2)", RequestsPerSecond: 596, Avg: 16.64, P95: 52.56, Note: "all requests"),

        new("10", FastApiP, "2026-01-01, limit 100 (§6.3)", P95: 36.33, Group: "A. Column Count - Narrow (5)"),
        new("10", FastApiP, "2026-01-01, limit 100 (§6.3)", P95: 44.73, Group: "A. Column Count - Wide (20)"),
        new("10", FastApiP, "2026-01-01, limit 100 (§6.3)", P95: 52.76, Group: "A. Column Count - Extra Wide (50)"),
        new("10", FastApiP, "2026-01-01, limit 100 (§6.3)", P95: 36.84, Group: "B. Data Type - INT"),
        new("10", FastApiP, "2026-01-01, limit 100 (§6.3)", P95: 36.76, Group: "B. Data Type - TEXT"),
        new("10", FastApiP, "2026-01-01, limit 100 (§6.3)", P95: 38.57, Group: "B. Data Type - UUID"),
        new("10", FastApiP, "2026-01-01, limit 100 (§6.3)", P95: 38.60, Group: "B. Data Type - TIMESTAMP"),
        new("10", FastApiP, "2026-01-01, limit 100 (§6.3)", P95: 41.15, Group: "B. Data Type - JSONB"),
        new("10", FastApiP, "2026-01-01 (§6.3)", RequestsPerSecond: 491, Avg: 19.97, P95: 39.96, Note: "all requests"),

        new("11", FastApiP, "2026-01-03, 1,000 authors × 8 posts (§6.4)", P95: 102.71, Group: "A. Lazy Loading (N+1)"),
        new("11", FastApiP, "2026-01-03 (§6.4)", P95: 24.86, Group: "B. Eager Loading (JOIN)"),
        new("11", FastApiP, "2026-01-03 (§6.4)", P95: 27.99, Group: "C. Subquery Loading (IN)"),
        new("11", FastApiP, "2026-01-03 (§6.4)", RequestsPerSecond: 308, Avg: 31.93, Med: 13.75, P95: 84.58, Note: "all requests; 103 iterations/s"),

        new("12", FastApiP, "2026-01-04, groups include a TRUNCATE (§6.5)", P95: 2980, Group: "A. Individual INSERT"),
        new("12", FastApiP, "2026-01-04 (§6.5)", P95: 38.86, Group: "B. Batch INSERT"),
        new("12", FastApiP, "2026-01-04 (§6.5)", P95: 15.91, Group: "C. Raw INSERT"),
        new("12", FastApiP, "2026-01-04 (§6.5)", P95: 2960, Group: "D. Individual UPDATE"),
        new("12", FastApiP, "2026-01-04 (§6.5)", P95: 23.86, Group: "E. Bulk UPDATE"),

        new("13", FastApiP, "isolated run, one product per method (§6.6)", P95: 9.4, Group: "A. No Lock", Note: "100 % success; 2,411 lost updates (32.6 %)"),
        new("13", FastApiP, "isolated run (§6.6)", P95: 11, Group: "B. Pessimistic Lock", Note: "100 % success; exact"),
        new("13", FastApiP, "isolated run (§6.6)", P95: 33.9, Group: "C. Optimistic Lock", Note: "71 % success; 2,127 exhausted retries"),
        new("13", FastApiP, "isolated run (§6.6)", P95: 10.8, Group: "D. Serializable", Note: "69 % success; 2,222 serialization failures"),

        new("14", FastApiP, "2026-01-17, ids 1–1000 (§6.7)", 1238, null, 8.00, 4.52, 14.59, 23.27, 55.62),
        new("15", FastApiP, "2026-01-17, ids 1–1000, hit ratio drifting to ~100 % (§6.7, D11)", 5532, null, 1.74, 1.60, 2.02, 2.26, 4.55),
        new("16-a", FastApiP, "2026-01-17 (§6.7)", 5605, null, 1.72, 1.64, 2.02, 2.24, 3.23),
        new("16-b", FastApiP, "2026-01-17 (§6.7)", 534, null, 9.30, 4.62, 22.74, 31.06, 47.70, Note: "534 iterations/s (2 requests each)"),

        new("17-a", FastApiP, "2026-01-17; no DB lookup in the original (§6.7)", 9532, Med: 0.92, P95: 1.48),
        new("17-b", FastApiP, "2026-01-17; python-jose HS256 (§6.7)", 1283, Med: 4.98, P95: 22.35),
        new("17-c", FastApiP, "2026-01-17; Redis session (§6.7)", 1464, Med: 4.75, P95: 17.39),

        new("18", FastApiP, "after indexes, 2026-02-07 doc (§6.8)", P95: 196.69, Group: "A. Count ORM"),
        new("18", FastApiP, "after indexes, 2026-02-07 doc (§6.8)", P95: 290.45, Group: "B. Count Raw"),
        new("18", FastApiP, "after indexes, 2026-02-07 doc (§6.8)", P95: 199.3, Group: "C. Country Stats ORM"),
        new("18", FastApiP, "after indexes, 2026-02-07 doc (§6.8)", P95: 198.37, Group: "D. Country Stats Raw"),
        new("18", FastApiP, "after indexes, 2026-02-07 doc (§6.8)", P95: 108.2, Group: "E. Author Stats ORM"),
        new("18", FastApiP, "after indexes, 2026-02-07 doc (§6.8)", P95: 105.54, Group: "F. Author Stats Raw"),
    ];

    public static IEnumerable<OriginalFigure> For(string scenarioId) => All.Where(f => f.ScenarioId == scenarioId);

    private static IEnumerable<OriginalFigure> BasicRow(string id, (double Rps, double Std, double Avg, double P95, double P99)[] cells)
    {
        string[] servers = ["Express (Node 22, Prisma)", FastApiP, "FastAPI strict", "Rails 8 (Puma 2×5)", "Django (Gunicorn 2 sync)"];
        return cells.Select((c, i) => new OriginalFigure(id, servers[i], Basic, c.Rps, c.Std, c.Avg, P95: c.P95, P99: c.P99));
    }
}
