using BenchLab.Servers.Manifests;

namespace BenchLab.Cli.Commands;

/// <summary>A server's declared scenarios in one short phrase: "01–23" when it declares the whole contract.</summary>
public static class ScenarioRanges
{
    public static string Describe(IReadOnlySet<string> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var ordered = ContractScenarios.Declarable.Where(scenarios.Contains).ToList();
        var all = ContractScenarios.All.All(scenarios.Contains);
        if (all)
        {
            return scenarios.Contains(ContractScenarios.ServerConfig) ? $"01–23, {ContractScenarios.ServerConfig}" : "01–23";
        }
        return string.Join(", ", ordered);
    }
}
