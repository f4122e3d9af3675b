using System.Text.Json;

namespace BenchLab.Servers.Verification.Json;

/// <summary>Reads a member of an answer without assuming its shape: a member of another type is "not there".</summary>
public static class JsonMembers
{
    /// <summary>The string value of <paramref name="name"/> in an object; null when it is absent, not a string, or the value not an object.</summary>
    public static string? Text(JsonElement? json, string name) =>
        json is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String
            ? member.GetString()
            : null;
}
