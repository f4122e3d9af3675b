using System.Security.Cryptography;
using System.Text;

namespace BenchLab.Infra.Tests.Seed;

/// <summary>One expected column value: its PostgreSQL type and its text form (null for SQL NULL).</summary>
public sealed record ExpectedColumn(string Column, string Type, string? Text);

/// <summary>
/// The seed rules of contract §2.3 written out again, independently of src/BenchLab.Infra/Seed, as text the
/// way PostgreSQL reads it. Tests compare the loaded rows with these, so a slip in the seeder cannot hide behind
/// the same slip in the check.
/// </summary>
public static class ExpectedSeed
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0);
    private static readonly int[] Primes = [7919, 7927, 7933, 7937, 7949];
    private static readonly string[] Syllables = ["ba", "ke", "di", "mo", "nu", "ra", "si", "to", "ve", "zu"];

    public static readonly IReadOnlyDictionary<string, int> RowCounts = new Dictionary<string, int>
    {
        ["users"] = 100_000, ["users_narrow"] = 100_000, ["users_wide"] = 100_000, ["users_extra_wide"] = 100_000,
        ["users_type_int"] = 100_000, ["users_type_varchar"] = 100_000, ["users_type_text"] = 100_000,
        ["users_type_jsonb"] = 100_000, ["users_type_timestamp"] = 100_000, ["users_type_uuid"] = 100_000,
        ["authors"] = 1_000, ["posts"] = 8_000, ["bulk_items"] = 0, ["products"] = 10, ["search_vocab"] = 1_000, ["articles"] = 100_000,
    };

    public static string Timestamp(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static string Minus(long seconds) => Timestamp(T0.AddSeconds(-seconds));

    public static string Word(int j) => Syllables[j / 100] + Syllables[(j / 10) % 10] + Syllables[j % 10];

    /// <summary>The key column of a table (<c>id</c>, or <c>j</c> for search_vocab).</summary>
    public static string KeyOf(string table) => table == "search_vocab" ? "j" : "id";

    public static IReadOnlyList<ExpectedColumn> Row(string table, int i)
    {
        var common = new List<ExpectedColumn> { new("id", "integer", $"{i}"), new("name", "varchar", $"User{i}") };
        switch (table)
        {
            case "users":
                return [.. common, new("email", "varchar", $"user{i}@benchmark.com"), new("created_at", "timestamp", Minus(i * 7919L % 2592000))];
            case "users_narrow":
                return [.. common, new("email", "varchar", $"narrow{i}@benchmark.com"), new("status", "varchar", i % 2 == 0 ? "active" : "inactive"),
                    new("created_at", "timestamp", Minus(i * 7919L % 2592000))];
            case "users_wide":
                return [.. common, new("email", "varchar", $"wide{i}@benchmark.com"), new("status", "varchar", i % 2 == 0 ? "active" : "inactive"),
                    new("created_at", "timestamp", Minus(i * 7919L % 2592000)),
                    new("phone", "varchar", $"010-{1000 + i * 37 % 9000}-{1000 + i * 53 % 9000}"),
                    new("address", "varchar", $"Address {i}"), new("city", "varchar", $"City {i % 100}"), new("country", "varchar", $"Country{i % 50}"),
                    new("postal_code", "varchar", $"{10000 + i * 101 % 900000}"),
                    new("birth_date", "date", new DateTime(1970, 1, 1).AddDays(i * 13 % 15001).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    new("gender", "varchar", (i / 2) % 2 == 0 ? "male" : "female"),
                    new("occupation", "varchar", $"Occupation {i % 30}"), new("company", "varchar", $"Company {i % 200}"),
                    new("website", "varchar", $"https://example.com/user/{i}"), new("bio", "text", $"Bio text for user {i}. Lorem ipsum dolor sit amet."),
                    new("avatar_url", "varchar", $"https://avatar.example.com/{i}.jpg"), new("last_login", "timestamp", Minus(i * 7717L % 604800)),
                    new("login_count", "integer", $"{i * 37 % 1001}"),
                    new("preferences", "jsonb", $$"""{"theme": "{{(i % 3 == 0 ? "dark" : "light")}}", "lang": "ko"}""")];
            case "users_extra_wide":
                return [.. common, new("email", "varchar", $"extrawide{i}@benchmark.com"),
                    .. Enumerable.Range(1, 45).Select(n => new ExpectedColumn($"field_{n:D2}", "varchar", $"val_{n:D2}_{i}")),
                    new("created_at", "timestamp", Minus(i * 7919L % 2592000))];
            case "users_type_int":
                return [.. common, new("email", "varchar", $"int{i}@benchmark.com"),
                    .. Enumerable.Range(1, 5).Select(k => new ExpectedColumn($"int_col_{k:D2}", "integer", $"{i * (long)Primes[k - 1] % 1000000}"))];
            case "users_type_varchar":
                return [.. common, new("email", "varchar", $"varchar{i}@benchmark.com"),
                    .. Enumerable.Range(1, 5).Select(k => new ExpectedColumn($"varchar_col_{k:D2}", "varchar", $"varchar_value_{k:D2}_{i}"))];
            case "users_type_text":
                return [.. common, new("email", "varchar", $"text{i}@benchmark.com"),
                    .. Enumerable.Range(1, 5).Select(k => new ExpectedColumn($"text_col_{k:D2}", "text", $"Lorem ipsum dolor sit amet, consectetur adipiscing elit. User {i} text column {k:D2}."))];
            case "users_type_jsonb":
                return [.. common, new("email", "varchar", $"jsonb{i}@benchmark.com"),
                    .. Enumerable.Range(1, 5).Select(k => new ExpectedColumn($"json_col_{k:D2}", "jsonb", $$$"""{"id": {{{i}}}, "type": "col{{{k:D2}}}", "data": {"nested": "value"}}"""))];
            case "users_type_timestamp":
                return [.. common, new("email", "varchar", $"timestamp{i}@benchmark.com"),
                    .. Enumerable.Range(1, 5).Select(k => new ExpectedColumn($"ts_col_{k:D2}", "timestamp", Minus(i * (long)Primes[k - 1] % 31536000)))];
            case "users_type_uuid":
                return [.. common, new("email", "varchar", $"uuid{i}@benchmark.com"),
                    .. Enumerable.Range(1, 5).Select(k => new ExpectedColumn($"uuid_col_{k:D2}", "uuid", Md5Uuid($"uuid:{i}:{k}")))];
            case "authors":
                return [new("id", "integer", $"{i}"), new("name", "varchar", $"Author{i}"), new("email", "varchar", $"author{i}@benchmark.com"),
                    new("bio", "text", $"Bio for author {i}. Writer and content creator."), new("created_at", "timestamp", Minus(i * 7919L % 31536000))];
            case "posts":
            {
                var a = (i - 1) / 8 + 1;
                var p = (i - 1) % 8 + 1;
                return [new("id", "integer", $"{i}"), new("author_id", "integer", $"{a}"), new("title", "varchar", $"Post {p} by Author {a}"),
                    new("content", "text", $"Content of post {p}. Lorem ipsum dolor sit amet, consectetur adipiscing elit."),
                    new("view_count", "integer", $"{i * 7919 % 10001}"),
                    new("created_at", "timestamp", Timestamp(T0.AddSeconds(-(a * 7919L % 31536000)).AddDays(p)))];
            }
            case "products":
                return [new("id", "integer", $"{i}"), new("name", "varchar", $"Product {i}"), new("stock", "integer", "1000"),
                    new("version", "integer", "0"), new("updated_at", "timestamp", Timestamp(T0))];
            case "search_vocab":
                return [new("j", "integer", $"{i}"), new("word", "text", Word(i))];
            case "articles":
                return [new("id", "integer", $"{i}"),
                    new("title", "varchar", $"Article {i}: " + string.Join(' ', Enumerable.Range(0, 4).Select(k => Word((i * 53 + k * 211) % 1000)))),
                    new("body", "text", string.Join(' ', Enumerable.Range(0, 30).Select(k => Word((i * 37 + k * 101) % 1000)))),
                    new("created_at", "timestamp", Minus(i * 7919L % 31536000))];
            default:
                throw new ArgumentException($"no expected rows for {table}", nameof(table));
        }
    }

    /// <summary>MD5 hex digest formatted 8-4-4-4-12, as PostgreSQL's md5(...)::uuid prints it.</summary>
    public static string Md5Uuid(string text)
    {
#pragma warning disable CA5351 // Deterministic test data, not security.
        var hex = Convert.ToHexStringLower(MD5.HashData(Encoding.ASCII.GetBytes(text)));
#pragma warning restore CA5351
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
