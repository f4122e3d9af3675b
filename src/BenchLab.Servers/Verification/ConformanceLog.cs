using BenchLab.Servers.Contract;
using BenchLab.Servers.Verification.Http;

namespace BenchLab.Servers.Verification;

/// <summary>
/// Every answer verify receives is held against contract/openapi.yaml as it arrives; at the end of each check group
/// one check per route it touched says whether all of that route's answers matched. Routes of scenarios the server
/// does not declare are not held to it (verify still sends them in its unknown-route checks).
/// </summary>
internal sealed class ConformanceLog(OpenApiDocument document, IReadOnlySet<string> scenarios)
{
    private const int ProblemsKept = 3;
    private readonly Dictionary<ContractOperation, (int Answers, List<string> Problems)> _routes = [];
    private readonly Lock _gate = new();

    public void Observe(string method, string pathAndQuery, ContractResponse response)
    {
        var operation = document.Find(method, pathAndQuery);
        if (operation is null || !operation.Scenarios.Any(scenarios.Contains))
        {
            return;
        }
        var problems = ResponseConformance.Check(operation, response).Problems;
        lock (_gate)
        {
            var (answers, kept) = _routes.TryGetValue(operation, out var entry) ? entry : (0, new List<string>());
            kept.AddRange(problems);
            _routes[operation] = (answers + 1, kept);
        }
    }

    /// <summary>The routes answered since the last call, each with its verdict, in the document's order; then starts afresh.</summary>
    public IReadOnlyList<(string Name, Verdict Verdict)> Drain()
    {
        lock (_gate)
        {
            var checks = document.Operations
                .Where(_routes.ContainsKey)
                .Select(operation => (Name: $"{operation.Describe}: {Answers(_routes[operation].Answers)} {OpenApiDocument.RepositoryPath}", Verdict: Summarise(_routes[operation].Problems)))
                .ToList();
            _routes.Clear();
            return checks;
        }
    }

    private static string Answers(int answers) => answers == 1 ? "its answer matches" : $"its {answers} answers match";

    private static Verdict Summarise(List<string> problems)
    {
        var verdict = new Verdict();
        var distinct = problems.Distinct(StringComparer.Ordinal).ToList();
        foreach (var problem in distinct.Take(ProblemsKept))
        {
            verdict.Add(problem);
        }
        if (distinct.Count > ProblemsKept)
        {
            verdict.Add($"… and {distinct.Count - ProblemsKept} more answers that break the schema");
        }
        return verdict;
    }
}
