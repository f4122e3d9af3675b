using System.Text.Json;

namespace MinimalServer.Http;

/// <summary>
/// Reads members of a parsed JSON object against the contract's rules, collecting every problem so that one
/// 422 names them all. Unknown members are ignored (contract D17).
/// </summary>
public sealed class BodyReader
{
    private readonly JsonElement _root;
    private Dictionary<string, string[]>? _errors;

    public BodyReader(JsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _root = document.RootElement;
        if (_root.ValueKind != JsonValueKind.Object)
        {
            AddError("body", "must be a JSON object");
        }
    }

    /// <summary>
    /// A string member of 1..<paramref name="maxLength"/> characters (counted as PostgreSQL counts them, in code
    /// points). Null when absent or JSON null and not <paramref name="required"/>.
    /// </summary>
    public string? Text(string name, bool required, int minLength, int maxLength, Func<string, bool>? rule = null, string? ruleMessage = null)
    {
        if (_root.ValueKind != JsonValueKind.Object || !_root.TryGetProperty(name, out var member) || member.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                AddError(name, "is required");
            }
            return null;
        }
        if (member.ValueKind != JsonValueKind.String)
        {
            AddError(name, "must be a string");
            return null;
        }
        var text = member.GetString()!;
        var length = CountCodePoints(text);
        if (length < minLength || length > maxLength)
        {
            AddError(name, $"must be {minLength} to {maxLength} characters long");
            return null;
        }
        if (rule is not null && !rule(text))
        {
            AddError(name, ruleMessage ?? "is not valid");
            return null;
        }
        return text;
    }

    /// <summary>A member that must be a JSON object or null when present; its raw JSON text, or null.</summary>
    public string? ObjectOrNull(string name)
    {
        if (_root.ValueKind != JsonValueKind.Object || !_root.TryGetProperty(name, out var member) || member.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (member.ValueKind != JsonValueKind.Object)
        {
            AddError(name, "must be a JSON object or null");
            return null;
        }
        return member.GetRawText();
    }

    public bool HasErrors(out IResult problem)
    {
        problem = _errors is null ? Results.Empty : Problems.Validation(_errors);
        return _errors is not null;
    }

    private void AddError(string name, string message)
    {
        _errors ??= [];
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
    }

    private static int CountCodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}
