using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BenchLab.Servers.Verification.Json;

/// <summary>A JSON integer (contract §1.2: integers as JSON integers, 64-bit): no fraction, no exponent.</summary>
public sealed partial class IntegerExpectation(long? value, Func<long, string?>? rule = null, string? ruleText = null) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.Number || !IntegerText().IsMatch(actual.GetRawText()) || !actual.TryGetInt64(out var number))
        {
            verdict.Add($"{path}: expected {Describe()}, got {KindOf(actual)} {Show(actual)}");
            return;
        }
        if (value is not null && number != value)
        {
            verdict.Add($"{path}: expected {value}, got {number}");
        }
        if (rule?.Invoke(number) is { } problem)
        {
            verdict.Add($"{path}: {problem}");
        }
    }

    public override string Describe() => value?.ToString(CultureInfo.InvariantCulture) ?? ruleText ?? "an integer";

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)$")]
    private static partial Regex IntegerText();
}

/// <summary>A JSON number (AVG results, elapsed_ms), exact to a relative tolerance, or any number in a range.</summary>
public sealed partial class NumberExpectation(double? value, double minimum = double.NegativeInfinity, int? maximumDecimals = null) : JsonExpectation
{
    private const double RelativeTolerance = 1e-9;

    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.Number)
        {
            verdict.Add($"{path}: expected {Describe()}, got {KindOf(actual)} {Show(actual)}");
            return;
        }
        var number = actual.GetDouble();
        if (value is { } expected && Math.Abs(number - expected) > RelativeTolerance * Math.Max(1, Math.Abs(expected)))
        {
            verdict.Add($"{path}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.GetRawText()}");
        }
        if (number < minimum)
        {
            verdict.Add($"{path}: expected a number ≥ {minimum.ToString(CultureInfo.InvariantCulture)}, got {actual.GetRawText()}");
        }
        if (maximumDecimals is { } decimals && Fraction().Match(actual.GetRawText()) is { Success: true } fraction && fraction.Groups[1].Length > decimals)
        {
            verdict.Add($"{path}: expected a number rounded to {decimals} decimals, got {actual.GetRawText()}");
        }
    }

    public override string Describe() => value is { } expected ? expected.ToString("R", CultureInfo.InvariantCulture) : "a number";

    [GeneratedRegex(@"^-?[0-9]+\.([0-9]+)$")]
    private static partial Regex Fraction();
}

/// <summary>A JSON string: exactly <c>value</c>, or any string a rule accepts.</summary>
public sealed class StringExpectation(string? value, Func<string, string?>? rule = null, string? ruleText = null) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.String)
        {
            verdict.Add($"{path}: expected {Describe()}, got {KindOf(actual)} {Show(actual)}");
            return;
        }
        var text = actual.GetString()!;
        if (value is not null && !string.Equals(text, value, StringComparison.Ordinal))
        {
            verdict.Add($"{path}: expected {Describe()}, got {Show(actual)}");
        }
        if (rule?.Invoke(text) is { } problem)
        {
            verdict.Add($"{path}: {problem}, got {Show(actual)}");
        }
    }

    public override string Describe() => value is not null ? JsonSerializer.Serialize(value) : ruleText ?? "a string";
}

/// <summary>true or false, or exactly one of them.</summary>
public sealed class BooleanExpectation(bool? value) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            verdict.Add($"{path}: expected {Describe()}, got {KindOf(actual)} {Show(actual)}");
        }
        else if (value is not null && actual.GetBoolean() != value)
        {
            verdict.Add($"{path}: expected {Describe()}, got {Show(actual)}");
        }
    }

    public override string Describe() => value switch { true => "true", false => "false", null => "a boolean" };
}

/// <summary>JSON null (a nullable member present as null, never omitted).</summary>
public sealed class NullExpectation : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.Null)
        {
            verdict.Add($"{path}: expected null, got {Show(actual)}");
        }
    }

    public override string Describe() => "null";
}

/// <summary>Either null or what <paramref name="inner"/> expects.</summary>
public sealed class NullableExpectation(JsonExpectation inner) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (actual.ValueKind != JsonValueKind.Null)
        {
            inner.Match(actual, path, verdict);
        }
    }

    public override string Describe() => $"{inner.Describe()} or null";
}

/// <summary>An embedded JSON value (JSONB, echoed data): equal as JSON, member order free.</summary>
public sealed class JsonValueExpectation(JsonElement value) : JsonExpectation
{
    public JsonValueExpectation(string json) : this(JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 }).RootElement) { }

    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (!JsonElement.DeepEquals(actual, value))
        {
            verdict.Add(actual.ValueKind == JsonValueKind.String && value.ValueKind != JsonValueKind.String
                ? $"{path}: expected the JSON value {Show(value)} itself, got it as a string {Show(actual)} (JSONB is embedded, never a string)"
                : $"{path}: expected {Show(value)}, got {Show(actual)}");
        }
    }

    public override string Describe() => Show(value);
}

/// <summary>Any value a rule accepts; the rule returns a problem or null.</summary>
public sealed class RuleExpectation(string description, Func<JsonElement, string?> rule) : JsonExpectation
{
    public override void Match(JsonElement actual, string path, Verdict verdict)
    {
        if (rule(actual) is { } problem)
        {
            verdict.Add($"{path}: {problem}");
        }
    }

    public override string Describe() => description;
}
