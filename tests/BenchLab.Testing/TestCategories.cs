namespace BenchLab.Testing;

/// <summary>
/// Trait values the test harness understands. <c>[Trait("Category", "Timing")]</c> marks a test whose result
/// depends on timing, <c>[Trait("Category", "Exclusive")]</c> one whose effects reach beyond its own database
/// (R-full's <c>pg_stat_statements_reset()</c> empties every database's statement counts, which would spoil the
/// counts of a test running beside it): <c>./benchlab test</c> runs both kinds alone, after every other test
/// project has finished.
/// </summary>
public static class TestCategories
{
    public const string Key = "Category";
    public const string Timing = "Timing";
    public const string Exclusive = "Exclusive";
}
