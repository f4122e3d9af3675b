using System.Text.Json;

namespace BenchLab.Servers.Verification.Json;

/// <summary>Short names for building expected documents: <c>Expect.Object(("id", Expect.Int(42)), …)</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names are the JSON types they expect; Expect.Object(…) reads as the document it describes.")]
public static class Expect
{
    public static ObjectExpectation Object(params (string Name, JsonExpectation Value)[] members) =>
        new([.. members.Select(member => new KeyValuePair<string, JsonExpectation>(member.Name, member.Value))]);

    public static ArrayExpectation Array(IEnumerable<JsonExpectation> items) => new([.. items]);

    public static ArrayOfExpectation ArrayOf(JsonExpectation item, int? count = null) => new(item, count);

    public static IntegerExpectation Int(long value) => new(value);

    public static IntegerExpectation AnyInt { get; } = new(null);

    public static IntegerExpectation IntWhere(string description, Func<long, string?> rule) => new(null, rule, description);

    public static StringExpectation String(string value) => new(value);

    public static StringExpectation AnyString { get; } = new(null);

    public static StringExpectation StringWhere(string description, Func<string, string?> rule) => new(null, rule, description);

    public static NumberExpectation Number(double value) => new(value);

    /// <summary>Any JSON number ≥ <paramref name="minimum"/> (e.g. elapsed_ms ≥ 0), with at most <paramref name="decimals"/> decimals if given.</summary>
    public static NumberExpectation NumberAtLeast(double minimum, int? decimals = null) => new(null, minimum, decimals);

    public static BooleanExpectation Bool(bool value) => new(value);

    public static NullExpectation Null { get; } = new();

    public static NullableExpectation NullOr(JsonExpectation inner) => new(inner);

    public static TimestampExpectation Timestamp(DateTime value) => new(value);

    public static TimestampExpectation AnyTimestamp { get; } = new(null);

    public static DateExpectation Date(DateOnly value) => new(value);

    public static UuidExpectation Uuid(Guid value) => new(value);

    public static JsonValueExpectation JsonValue(string json) => new(json);

    public static JsonValueExpectation JsonValue(JsonElement value) => new(value);

    public static RuleExpectation Where(string description, Func<JsonElement, string?> rule) => new(description, rule);
}
