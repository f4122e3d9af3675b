using System.Text.Json;

namespace BenchLab.Servers.Verification.Json;

/// <summary>
/// What one JSON value must be: its type, its format (contract §1.2) and, where the contract fixes it, its
/// value. Matching never stops at the first difference inside a document, so a report shows every wrong member.
/// </summary>
public abstract class JsonExpectation
{
    /// <summary>Adds a problem to <paramref name="verdict"/> for every way <paramref name="actual"/> differs, prefixed by <paramref name="path"/>.</summary>
    public abstract void Match(JsonElement actual, string path, Verdict verdict);

    /// <summary>A short description of what is expected, for messages ("an integer", "\"ok\"").</summary>
    public abstract string Describe();

    /// <summary>A value as it appears in a message, cut to a readable length.</summary>
    public static string Show(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 80 ? text : text[..77] + "…";
    }

    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
