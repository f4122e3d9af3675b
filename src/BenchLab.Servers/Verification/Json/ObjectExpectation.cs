using System.Text.Json;

namespace BenchLab.Servers.Verification.Json;

/// <summary>
/// An object with exactly these members (contract §1.2: snake_case names as in §3, nullable members present
/// as null, none extra). Member order is free.
/// </summary>
public sealed class ObjectExpectation(IReadOnlyList<KeyValuePair<string, JsonExpectation>> members) : JsonExpectation
{
    public IReadOnlyList<KeyValuePair<string, JsonExpectation>> Members => members;

    /// <summary>The same object with one member added or replaced (for shapes that extend a base, like problem+json).</summary>
    public ObjectExpectation With(string name, JsonExpectation value) =>
        new([.. members.Where(member => member.Key != name), new(name, value)]);

    public ObjectExpectation Without(string name) => new([.. members.Where(member => member.Key != name)]);

    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.Object)
        {
            verdict.Add($"{path}: expected an object, got {KindOf(actual)} {Show(actual)}");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in actual.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                verdict.Add($"{path}: member '{property.Name}' appears twice");
            }
        }
        foreach (var (name, expectation) in members)
        {
            if (actual.TryGetProperty(name, out var value))
            {
                expectation.Match(value, $"{path}.{name}", verdict);
            }
            else
            {
                var hint = seen.FirstOrDefault(other => string.Equals(Normalise(other), Normalise(name), StringComparison.Ordinal));
                verdict.Add(hint is null
                    ? $"{path}: member '{name}' is missing (expected {expectation.Describe()}; nullable members are present as null)"
                    : $"{path}: member '{name}' is spelt '{hint}' (member names are snake_case exactly as in contract §3)");
            }
        }
        var expected = members.Select(member => member.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in seen.Where(name => !expected.Contains(name) && !members.Any(member => Normalise(member.Key) == Normalise(name))))
        {
            verdict.Add($"{path}: unexpected member '{extra}'");
        }
    }

    public override string Describe() => "{" + string.Join(", ", members.Select(member => member.Key)) + "}";

    /// <summary>createdAt, created_at and CreatedAt all normalise alike, so a casing slip is named as one.</summary>
    private static string Normalise(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();
}
