using System.Text.Json;
using BenchLab.Servers.Verification;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Tests.Verification;

/// <summary>The shape rules of contract §1.2 as verify applies them: each way a document can be wrong is named.</summary>
public sealed class JsonExpectationTests
{
    private static readonly ObjectExpectation User = Expect.Object(
        ("id", Expect.Int(42)),
        ("name", Expect.String("User42")),
        ("email", Expect.String("user42@benchmark.com")),
        ("created_at", Expect.Timestamp(new DateTime(2025, 12, 28, 3, 36, 42, DateTimeKind.Unspecified))));

    [Fact]
    public void The_exact_document_passes_whatever_the_member_order()
    {
        Assert.Empty(Problems(User, """{"created_at":"2025-12-28T03:36:42","email":"user42@benchmark.com","name":"User42","id":42}"""));
        Assert.Empty(Problems(User, """{"id":42,"name":"User42","email":"user42@benchmark.com","created_at":"2025-12-28T03:36:42.000000"}"""));
    }

    [Theory]
    [InlineData("""{"id":42,"name":"User42","email":"user42@benchmark.com","createdAt":"2025-12-28T03:36:42"}""", "member 'created_at' is spelt 'createdAt'")]
    [InlineData("""{"id":42,"name":"User42","email":"user42@benchmark.com"}""", "member 'created_at' is missing")]
    [InlineData("""{"id":42,"name":"User42","email":"user42@benchmark.com","created_at":"2025-12-28T03:36:42","role":"x"}""", "unexpected member 'role'")]
    [InlineData("""{"id":42,"name":"User42","email":"user42@benchmark.com","created_at":"2025-12-28T03:36:42Z"}""", "(timestamps carry no offset or Z)")]
    [InlineData("""{"id":42,"name":"User42","email":"user42@benchmark.com","created_at":"2025-12-28T03:36:43"}""", "$.created_at: expected 2025-12-28T03:36:42")]
    [InlineData("""{"id":42.0,"name":"User42","email":"user42@benchmark.com","created_at":"2025-12-28T03:36:42"}""", "$.id: expected 42, got a number 42.0")]
    [InlineData("""{"id":"42","name":"User42","email":"user42@benchmark.com","created_at":"2025-12-28T03:36:42"}""", "$.id: expected 42, got a string")]
    [InlineData("""{"id":42,"name":"user42","email":"user42@benchmark.com","created_at":"2025-12-28T03:36:42"}""", "$.name: expected \"User42\", got \"user42\"")]
    [InlineData("""[]""", "$: expected an object, got an array")]
    public void Each_deviation_is_named(string json, string problem)
    {
        Assert.Contains(Problems(User, json), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Jsonb_must_be_embedded_not_a_string()
    {
        var expectation = Expect.Object(("preferences", Expect.JsonValue("""{"theme":"light","lang":"ko"}""")));

        Assert.Empty(Problems(expectation, """{"preferences":{"lang":"ko","theme":"light"}}"""));
        Assert.Contains(Problems(expectation, """{"preferences":"{\"theme\":\"light\",\"lang\":\"ko\"}"}"""), p => p.Contains("JSONB is embedded, never a string", StringComparison.Ordinal));
    }

    [Fact]
    public void Uuids_are_lower_case_and_dates_have_no_time()
    {
        var expectation = Expect.Object(("u", Expect.Uuid(Guid.Parse("1535b91e-6917-2c72-cc97-2f21d2a79b34"))), ("d", Expect.Date(new DateOnly(1970, 1, 14))));

        Assert.Empty(Problems(expectation, """{"u":"1535b91e-6917-2c72-cc97-2f21d2a79b34","d":"1970-01-14"}"""));
        var problems = Problems(expectation, """{"u":"1535B91E-6917-2C72-CC97-2F21D2A79B34","d":"1970-01-14T00:00:00"}""");
        Assert.Contains(problems, p => p.StartsWith("$.u: expected a lower-case UUID", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.d: expected a date YYYY-MM-DD", StringComparison.Ordinal));
    }

    [Fact]
    public void Arrays_must_hold_the_expected_items_in_order()
    {
        var expectation = Expect.Array([Expect.Int(1), Expect.Int(2), Expect.Int(3)]);

        Assert.Empty(Problems(expectation, "[1,2,3]"));
        Assert.Contains(Problems(expectation, "[1,3,2]"), p => p.StartsWith("$[1]: expected 2, got 3", StringComparison.Ordinal));
        Assert.Contains(Problems(expectation, "[1,2]"), p => p.StartsWith("$: expected 3 items, got 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Averages_compare_as_numbers_and_rounded_values_are_checked()
    {
        Assert.Empty(Problems(Expect.Number(500.424), "500.4240000000000000"));
        Assert.NotEmpty(Problems(Expect.Number(500.424), "500.42"));
        Assert.Empty(Problems(Expect.NumberAtLeast(95, decimals: 2), "100.37"));
        Assert.Contains(Problems(Expect.NumberAtLeast(95, decimals: 2), "100.375"), p => p.Contains("rounded to 2 decimals", StringComparison.Ordinal));
        Assert.Contains(Problems(Expect.NumberAtLeast(95, decimals: 2), "12.5"), p => p.Contains("≥ 95", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Problems(JsonExpectation expectation, string json)
    {
        var verdict = new Verdict();
        using var document = JsonDocument.Parse(json);
        expectation.Match(document.RootElement, "$", verdict);
        return verdict.Problems;
    }
}
