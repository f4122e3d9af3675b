namespace BenchLab.Servers.Verification.Checks;

/// <summary>Every check group, in the order verify runs them (the contract's order; bad input last, around a fingerprint).</summary>
public static class CheckCatalog
{
    public static IReadOnlyList<CheckGroup> All { get; } =
    [
        new BasicChecks(), new UsersChecks(), new PaginationChecks(), new ColumnOverheadChecks(), new NPlusOneChecks(),
        new BulkChecks(), new TransactionChecks(), new CacheChecks(), new AuthChecks(), new AggregationChecks(),
        new SearchChecks(), new FlowChecks(), new BadInputChecks(),
    ];

    public static IReadOnlyList<string> Names => [.. All.Select(group => group.Name)];
}
