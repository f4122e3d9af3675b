namespace BenchLab.Testing;

/// <summary>
/// Trait values the test harness understands. <c>[Trait("Category", "Timing")]</c> marks a test whose result
/// depends on timing: <c>./benchlab test</c> runs those alone, after every other test project has finished.
/// </summary>
public static class TestCategories
{
    public const string Key = "Category";
    public const string Timing = "Timing";
}
