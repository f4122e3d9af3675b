using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BenchLab.Servers.Verification.Json;

/// <summary>
/// A TIMESTAMP (contract §1.2): <c>YYYY-MM-DDTHH:MM:SS</c>, optional 1–6 digit fraction, no offset; equal to
/// <paramref name="value"/> to the microsecond when one is given.
/// </summary>
public sealed partial class TimestampExpectation(DateTime? value) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.String)
        {
            verdict.Add($"{path}: expected a timestamp string, got {KindOf(actual)} {Show(actual)}");
            return;
        }
        var text = actual.GetString()!;
        if (!Format().IsMatch(text))
        {
            var hint = OffsetSuffix().IsMatch(text) ? " (timestamps carry no offset or Z)" : "";
            verdict.Add($"{path}: expected a timestamp YYYY-MM-DDTHH:MM:SS[.ffffff]{hint}, got {Show(actual)}");
            return;
        }
        if (value is { } expected)
        {
            var parsed = DateTime.ParseExact(text, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None);
            if (parsed.Ticks != Microseconds(expected))
            {
                verdict.Add($"{path}: expected {Text(expected)}, got {Show(actual)}");
            }
        }
    }

    public override string Describe() => value is { } expected ? Text(expected) : "a timestamp";

    /// <summary>How the contract writes a timestamp: seconds, and the fraction only when there is one.</summary>
    public static string Text(DateTime value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture);
        return text.EndsWith('.') ? text[..^1] : text;
    }

    private static long Microseconds(DateTime value) => value.Ticks - (value.Ticks % 10);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?$")]
    private static partial Regex Format();

    [GeneratedRegex(@"(Z|[+-][0-9]{2}:?[0-9]{2})$")]
    private static partial Regex OffsetSuffix();
}

/// <summary>A DATE: <c>YYYY-MM-DD</c>.</summary>
public sealed partial class DateExpectation(DateOnly? value) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        var expected = value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (actual.ValueKind != JsonValueKind.String || !Format().IsMatch(actual.GetString()!))
        {
            verdict.Add($"{path}: expected a date YYYY-MM-DD{(expected is null ? "" : $" ({expected})")}, got {Show(actual)}");
        }
        else if (expected is not null && actual.GetString() != expected)
        {
            verdict.Add($"{path}: expected \"{expected}\", got {Show(actual)}");
        }
    }

    public override string Describe() => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "a date";

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex Format();
}

/// <summary>A UUID: lower-case 8-4-4-4-12.</summary>
public sealed partial class UuidExpectation(Guid? value) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        var expected = value?.ToString("D");
        if (actual.ValueKind != JsonValueKind.String || !Format().IsMatch(actual.GetString()!))
        {
            verdict.Add($"{path}: expected a lower-case UUID 8-4-4-4-12{(expected is null ? "" : $" ({expected})")}, got {Show(actual)}");
        }
        else if (expected is not null && actual.GetString() != expected)
        {
            verdict.Add($"{path}: expected \"{expected}\", got {Show(actual)}");
        }
    }

    public override string Describe() => value?.ToString("D") ?? "a uuid";

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Format();
}
