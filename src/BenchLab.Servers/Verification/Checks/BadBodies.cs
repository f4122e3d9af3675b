using System.Text;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// The request bodies every JSON endpoint must refuse (contract §1.3) and the status each must get: unparseable
/// (400), the wrong media type (415), well-formed but outside §3 (422) — plus what each endpoint adds (wrong member
/// types, missing members, out-of-range values).
/// </summary>
public sealed record BadBody(string Label, byte[] Bytes, string? ContentType, int Status, string? Field = null)
{
    public static BadBody Json(string label, string json, int status, string? field = null) => new(label, Encoding.UTF8.GetBytes(json), "application/json", status, field);

    /// <summary>What any JSON endpoint must refuse, given a body it would accept (<paramref name="valid"/>, an object).</summary>
    public static IEnumerable<BadBody> Universal(string valid)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        yield return Json("malformed JSON", valid[..^1], 400);
        yield return Json("trailing garbage after the JSON", valid + "}", 400);
        yield return new BadBody("invalid UTF-8", [.. Encoding.UTF8.GetBytes(valid[..^1] + ",\"bad\":\""), 0xFF, 0xFE, .. "\"}"u8.ToArray()], "application/json", 400);
        yield return new BadBody("an empty body", [], "application/json", 400);
        yield return Json($"nesting {JsonBodies.MaximumNesting + 1} deep", valid[..^1] + ",\"deep\":" + JsonBodies.Nested(JsonBodies.MaximumNesting) + "}", 400);
        yield return new BadBody("text/plain", bytes, "text/plain", 415);
        yield return new BadBody("no Content-Type", bytes, null, 415);
        yield return new BadBody("form-urlencoded", "message=x"u8.ToArray(), "application/x-www-form-urlencoded", 415);
        yield return Json("a top-level array", "[]", 422);
        yield return Json("a top-level string", "\"text\"", 422);
        yield return Json("a top-level null", "null", 422);
    }

    public async Task<Verdict> SendAsync(VerifyRun run, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        var response = await run.Http.SendAsync(method, path, ContractClient.Body(Bytes, ContentType), run.Cancellation, headers);
        var verdict = response.ExpectProblem(Status);
        if (Field is not null && response.Status == Status && response.Json is { } json)
        {
            // Members of another shape (FastAPI's default 422 has `detail` as a list) are named by the problem check;
            // here they simply do not name the field.
            var named = JsonMembers.Text(json, "detail")?.Contains(Field, StringComparison.OrdinalIgnoreCase) == true
                || json.TryGetProperty("errors", out var errors) && errors.ValueKind == System.Text.Json.JsonValueKind.Object
                    && errors.EnumerateObject().Any(error => error.Name.Contains(Field, StringComparison.OrdinalIgnoreCase));
            verdict.Require(named, $"{response.Request} ({Label}): neither detail nor errors names the offending member '{Field}'");
        }
        return Prefix(verdict);
    }

    private Verdict Prefix(Verdict verdict)
    {
        var prefixed = new Verdict();
        foreach (var problem in verdict.Problems)
        {
            prefixed.Add($"[{Label}] {problem}");
        }
        return prefixed;
    }
}
