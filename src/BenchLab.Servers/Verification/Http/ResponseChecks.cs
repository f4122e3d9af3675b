using System.Text.Json;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Http;

/// <summary>
/// The contract's rules for one response (contract §1.2–1.3): status, content type, and a JSON body of the
/// expected shape and values; error bodies as RFC 9457 problem details.
/// </summary>
public static class ResponseChecks
{
    /// <summary>Status <paramref name="status"/>, <c>application/json</c>, and a body that matches <paramref name="body"/>.</summary>
    public static Verdict ExpectJson(this ContractResponse response, int status, JsonExpectation body)
    {
        var verdict = ExpectStatus(response, status);
        if (!verdict.Passed)
        {
            return verdict;
        }
        ExpectMediaType(response, "application/json", verdict);
        if (response.Json is not { } json)
        {
            return verdict.Add($"{response.Request}: {response.JsonError}");
        }
        body.Match(json, "$", verdict);
        return verdict;
    }

    public static Verdict ExpectStatus(this ContractResponse response, int status)
    {
        if (response.Status == status)
        {
            return Verdict.Pass;
        }
        var body = response.Body.Length == 0 ? "empty body" : $"body: {response.Preview}";
        return Verdict.Fail($"{response.Request}: status {response.Status}, expected {status} ({body})");
    }

    /// <summary>204 with an empty body.</summary>
    public static Verdict ExpectNoContent(this ContractResponse response)
    {
        var verdict = ExpectStatus(response, 204);
        return verdict.Passed ? verdict.Require(response.Body.Length == 0, $"{response.Request}: a 204 carries no body, got {response.Body.Length} bytes") : verdict;
    }

    /// <summary>
    /// An RFC 9457 problem (contract §1.3): <c>application/problem+json</c> with type about:blank, the status's
    /// reason phrase as title, the status, and a detail sentence — which names <paramref name="naming"/> when given.
    /// <paramref name="extensions"/> lists the extension members a conflict adds (§3.6).
    /// </summary>
    public static Verdict ExpectProblem(this ContractResponse response, int status, string? naming = null, IReadOnlyList<(string Name, JsonExpectation Value)>? extensions = null)
    {
        var verdict = ExpectStatus(response, status);
        if (!verdict.Passed)
        {
            return verdict;
        }
        ExpectMediaType(response, "application/problem+json", verdict);
        if (response.Json is not { } json)
        {
            return verdict.Add($"{response.Request}: {response.JsonError}");
        }
        var shape = ProblemShape(status, naming);
        foreach (var (name, value) in extensions ?? [])
        {
            shape = shape.With(name, value);
        }
        if (json.ValueKind == JsonValueKind.Object)
        {
            // Optional members of RFC 9457 and of validation failures: checked when present, never required.
            if (json.TryGetProperty("errors", out _))
            {
                shape = shape.With("errors", ValidationErrors);
            }
            if (json.TryGetProperty("instance", out _))
            {
                shape = shape.With("instance", Expect.AnyString);
            }
        }
        shape.Match(json, "$", verdict);
        return verdict;
    }

    /// <summary>401 with <c>WWW-Authenticate: Bearer</c> (contract §1.3, §3.8).</summary>
    public static Verdict ExpectUnauthorized(this ContractResponse response, string? naming = null)
    {
        var verdict = ExpectProblem(response, 401, naming);
        if (response.Status == 401)
        {
            var challenge = response.Header("WWW-Authenticate");
            verdict.Require(challenge is not null && challenge.StartsWith("Bearer", StringComparison.Ordinal),
                $"{response.Request}: a 401 must carry WWW-Authenticate: Bearer, got {(challenge is null ? "none" : $"'{challenge}'")}");
        }
        return verdict;
    }

    private static void ExpectMediaType(ContractResponse response, string mediaType, Verdict verdict)
    {
        if (!string.Equals(response.MediaType, mediaType, StringComparison.OrdinalIgnoreCase))
        {
            verdict.Add($"{response.Request}: Content-Type {response.MediaType ?? "missing"}, expected {mediaType}");
        }
        else if (response.Charset is { } charset && !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            verdict.Add($"{response.Request}: charset {charset}, expected UTF-8 (contract §1.2)");
        }
    }

    private static ObjectExpectation ProblemShape(int status, string? naming) => Expect.Object(
        ("type", Expect.String("about:blank")),
        ("title", Expect.StringWhere($"the reason phrase of {status}", title => ReasonPhrases.Accepts(status, title) ? null : $"expected the reason phrase of {status} ({ReasonPhrases.Describe(status)})")),
        ("status", Expect.Int(status)),
        ("detail", Expect.StringWhere(naming is null ? "one sentence" : $"a sentence naming '{naming}'", detail =>
            string.IsNullOrWhiteSpace(detail) ? "expected a sentence saying what was wrong"
            : naming is not null && !detail.Contains(naming, StringComparison.OrdinalIgnoreCase) ? $"expected the detail to name the offending input '{naming}'"
            : null)));

    /// <summary><c>errors</c>: field → list of messages.</summary>
    private static readonly JsonExpectation ValidationErrors = Expect.Where("an object of field → messages", errors =>
    {
        if (errors.ValueKind != JsonValueKind.Object)
        {
            return $"expected an object of field → messages, got {JsonExpectation.KindOf(errors)}";
        }
        foreach (var field in errors.EnumerateObject())
        {
            if (field.Value.ValueKind != JsonValueKind.Array || field.Value.EnumerateArray().Any(message => message.ValueKind != JsonValueKind.String))
            {
                return $"errors.{field.Name} must be a list of messages";
            }
        }
        return null;
    });
}
