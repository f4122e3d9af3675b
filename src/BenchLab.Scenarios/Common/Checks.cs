using System.Text;
using System.Text.Json;
using BenchLab.Load;
using BenchLab.Load.Http;

namespace BenchLab.Scenarios.Common;

/// <summary>
/// The checks scenarios share, named as the original k6 scripts named them. A check whose name ends with
/// "(outcome)" measures a result (13) and never invalidates a run; every other one is a correctness check.
/// </summary>
public static class Checks
{
    public const string OutcomeSuffix = "(outcome)";

    public static bool Status(VuContext vu, in HttpResponse response, int expected) =>
        vu.Check(response.Status == expected, $"status is {expected}");

    /// <summary>Parses the body once for several checks; null (and a failed "body is JSON" check) when it is not JSON.</summary>
    public static JsonElement? Json(VuContext vu, in HttpResponse response)
    {
        try
        {
            return response.Json();
        }
        catch (JsonException)
        {
            vu.Check(false, "body is JSON");
            return null;
        }
    }

    /// <summary>A cheap check of a literal in the body, for high-rate scenarios where parsing would cost the generator.</summary>
    public static bool BodyContains(VuContext vu, in HttpResponse response, byte[] literal, string name) =>
        vu.Check(response.Body.IndexOf(literal) >= 0, name);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static bool IsOutcome(string checkName) => checkName.EndsWith(OutcomeSuffix, StringComparison.Ordinal);

    /// <summary>A member read that never throws: null when absent or of another kind.</summary>
    public static JsonElement? Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;
}
