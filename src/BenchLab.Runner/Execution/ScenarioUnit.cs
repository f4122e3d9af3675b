using BenchLab.Scenarios.Model;

namespace BenchLab.Runner.Execution;

/// <summary>
/// What runs between two server starts: one scenario, or 23-cold followed at once by 23-warm on the same server
/// (contract §8.5: 23 is one unit).
/// </summary>
public sealed record ScenarioUnit(IReadOnlyList<Scenario> Scenarios)
{
    public Scenario First => Scenarios[0];

    public static IReadOnlyList<ScenarioUnit> Group(IReadOnlyList<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var units = new List<ScenarioUnit>();
        foreach (var scenario in scenarios)
        {
            if (scenario.FollowsPrevious && units.Count > 0)
            {
                units[^1] = new ScenarioUnit([.. units[^1].Scenarios, scenario]);
            }
            else
            {
                units.Add(new ScenarioUnit([scenario]));
            }
        }
        return units;
    }
}
