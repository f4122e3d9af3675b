namespace BenchLab.Servers.Manifests;

/// <summary>The scenario ids of SCENARIOS.md §4 (decision D1), in catalog order.</summary>
public static class ContractScenarios
{
    public static IReadOnlyList<string> All { get; } =
    [
        "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16-a", "16-b",
        "17-a", "17-b", "17-c", "18", "19", "20", "21", "22", "23-cold", "23-warm",
    ];

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);
}
