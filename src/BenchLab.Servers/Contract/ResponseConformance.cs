using Json.Schema;
using BenchLab.Servers.Verification;
using BenchLab.Servers.Verification.Http;

namespace BenchLab.Servers.Contract;

/// <summary>
/// Checks one answer against the operation that serves it in contract/openapi.yaml: a success status must be one the
/// operation declares, and a body with a declared schema must match it (member names, types, required and extra
/// members, patterns). Error statuses the operation does not declare are left to the value checks: §9.2 lets the HTTP
/// layer answer them before the application sees the request.
/// </summary>
public static class ResponseConformance
{
    private const int ProblemsShown = 3;
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    public static Verdict Check(ContractOperation operation, ContractResponse response)
    {
        var verdict = new Verdict();
        if (!operation.Answers.TryGetValue(response.Status, out var answer))
        {
            return response.Status is >= 200 and < 300
                ? verdict.Add($"{response.Request}: status {response.Status} is not an answer {OpenApiDocument.RepositoryPath} declares for {operation.Describe} ({string.Join(", ", operation.Answers.Keys.Order())})")
                : verdict;
        }
        if (answer.Schema is null)
        {
            return verdict;
        }
        if (response.Json is not { } body)
        {
            return verdict.Add($"{response.Request}: status {response.Status} needs a JSON body ({operation.OperationId} in {OpenApiDocument.RepositoryPath}), but {response.JsonError}");
        }
        var result = answer.Schema.Evaluate(body, Evaluation);
        if (result.IsValid)
        {
            return verdict;
        }
        var errors = (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{Location(detail)}: {error.Value}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var shown = errors.Count == 0 ? ["does not match"] : errors.Take(ProblemsShown);
        var more = errors.Count > ProblemsShown ? $" (+{errors.Count - ProblemsShown} more)" : "";
        return verdict.Add($"{response.Request}: {response.Status} body breaks the schema of {operation.OperationId} in {OpenApiDocument.RepositoryPath}: {string.Join("; ", shown)}{more}");
    }

    private static string Location(EvaluationResults detail)
    {
        var pointer = detail.InstanceLocation.ToString();
        return pointer.Length == 0 ? "$" : "$" + pointer.Replace('/', '.');
    }
}
