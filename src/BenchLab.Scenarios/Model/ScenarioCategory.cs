namespace BenchLab.Scenarios.Model;

/// <summary>The folders of contract D1: basic 01–08, db-advanced 09–13, caching 14–16, real-world 17–20, stress 21–22, cold-warm 23.</summary>
public enum ScenarioCategory
{
    Basic,
    DbAdvanced,
    Caching,
    RealWorld,
    Stress,
    ColdWarm,
}

public static class ScenarioCategoryNames
{
    public static string Name(this ScenarioCategory category) => category switch
    {
        ScenarioCategory.Basic => "basic",
        ScenarioCategory.DbAdvanced => "db-advanced",
        ScenarioCategory.Caching => "caching",
        ScenarioCategory.RealWorld => "real-world",
        ScenarioCategory.Stress => "stress",
        ScenarioCategory.ColdWarm => "cold-warm",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static ScenarioCategory? Parse(string text) =>
        Enum.GetValues<ScenarioCategory>().Cast<ScenarioCategory?>().FirstOrDefault(c => c!.Value.Name() == text);
}
