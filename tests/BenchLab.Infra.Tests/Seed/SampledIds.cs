namespace BenchLab.Infra.Tests.Seed;

/// <summary>Row keys worth checking in a table: both ends, small and round numbers, the middle.</summary>
public static class SampledIds
{
    public static IEnumerable<int> For(string table)
    {
        var count = ExpectedSeed.RowCounts[table];
        var first = table == "search_vocab" ? 0 : 1;
        var last = first + count - 1;
        return new[] { first, first + 1, first + 2, 7, 8, 9, 42, 123, 999, 1000, count / 2, last - 1, last }
            .Where(id => id >= first && id <= last)
            .Distinct();
    }

    /// <summary>Every seeded table (bulk_items is empty) for theories.</summary>
    public static TheoryData<string> SeededTables() => [.. ExpectedSeed.RowCounts.Where(pair => pair.Value > 0).Select(pair => pair.Key)];
}
