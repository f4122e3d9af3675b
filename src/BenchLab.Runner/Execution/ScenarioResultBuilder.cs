using BenchLab.Results.Model;
using BenchLab.Scenarios.Model;

namespace BenchLab.Runner.Execution;

/// <summary>Collects a scenario's repetitions on one server variant into its <see cref="ScenarioResult"/>.</summary>
public sealed class ScenarioResultBuilder(Scenario scenario, ScenarioTiming timing, string executor)
{
    private readonly List<RepetitionResult> _repetitions = [];
    private readonly Dictionary<string, double> _statements = [];

    public Scenario Scenario { get; } = scenario;

    public string? NotMeasuredReason { get; set; }

    public void Add(RepetitionResult repetition) => _repetitions.Add(repetition);

    public bool IsEmpty => _repetitions.Count == 0;

    public void AddStatements(IReadOnlyDictionary<string, double> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        foreach (var (route, perRequest) in statements)
        {
            _statements[route] = perRequest;
        }
    }

    public ScenarioResult Build() => new()
    {
        Id = Scenario.Id,
        Name = Scenario.Name,
        Category = Scenario.Category.Name(),
        Shows = Scenario.Shows,
        Executor = executor,
        WarmupSeconds = timing.Warmup.TotalSeconds,
        DurationSeconds = timing.Duration.TotalSeconds,
        Thresholds = Scenario.Thresholds,
        Repetitions = [.. _repetitions],
        StatementsPerRequest = new Dictionary<string, double>(_statements),
        NotMeasuredReason = NotMeasuredReason,
    };
}
