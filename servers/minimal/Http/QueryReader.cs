using System.Globalization;

namespace MinimalServer.Http;

/// <summary>
/// Reads query parameters the contract's way (contract §1.2): integers are plain base-10 digits — a sign,
/// blank, fraction, overflow or empty value makes them invalid (422); an absent parameter takes its default;
/// unknown parameters are ignored. Collects every problem so one response names them all.
/// </summary>
public sealed class QueryReader(HttpRequest request)
{
    private Dictionary<string, string[]>? _errors;

    public long Number(string name, long defaultValue, long min, long max)
    {
        if (!request.Query.TryGetValue(name, out var values))
        {
            return defaultValue;
        }
        if (values.Count == 1 && IsDigits(values[0]) && long.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        AddError(name, max == long.MaxValue ? $"must be a whole number of at least {min}" : $"must be a whole number from {min} to {max}");
        return defaultValue;
    }

    public int SmallNumber(string name, int defaultValue, int min, int max) => (int)Number(name, defaultValue, min, max);

    /// <summary>A required integer: absent is an error too.</summary>
    public int RequiredSmallNumber(string name, int min, int max)
    {
        if (!request.Query.ContainsKey(name))
        {
            AddError(name, "is required");
            return min;
        }
        return SmallNumber(name, min, min, max);
    }

    /// <summary>A required text, trimmed, of 1..<paramref name="maxLength"/> characters after trimming.</summary>
    public string RequiredText(string name, int maxLength)
    {
        if (!request.Query.TryGetValue(name, out var values) || values.Count != 1)
        {
            AddError(name, "is required");
            return "";
        }
        var text = (values[0] ?? "").Trim();
        if (text.Length == 0 || text.Length > maxLength)
        {
            AddError(name, $"must be 1 to {maxLength} characters after trimming");
        }
        return text;
    }

    public void AddError(string name, string message)
    {
        _errors ??= [];
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
    }

    /// <summary>The 422 problem when any parameter was invalid.</summary>
    public bool HasErrors(out IResult problem)
    {
        problem = _errors is null ? Results.Empty : Problems.Validation(_errors);
        return _errors is not null;
    }

    private static bool IsDigits(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 19)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }
}
