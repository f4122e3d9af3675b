namespace BenchLab.Servers.Manifests;

/// <summary>The scenario ids of contract §4 (decision D1), in catalog order, and the pseudo-scenario of §9.9.</summary>
public static class ContractScenarios
{
    /// <summary>The server-config routes of §9.9: a server that declares it serves them; no load scenario uses them.</summary>
    public const string ServerConfig = "server-config";

    public static IReadOnlyList<string> All { get; } =
    [
        "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16-a", "16-b",
        "17-a", "17-b", "17-c", "18", "19", "20", "21", "22", "23-cold", "23-warm",
    ];

    /// <summary>What a manifest's <c>scenarios</c> may name: every scenario and <see cref="ServerConfig"/>.</summary>
    public static IReadOnlyList<string> Declarable { get; } = [.. All, ServerConfig];

    public static bool IsKnown(string id) => Declarable.Contains(id, StringComparer.Ordinal);
}
