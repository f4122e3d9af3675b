namespace BenchLab.Infra.Seed;

/// <summary>
/// The shared vocabulary of the seed rules in contract §2.2–2.3: the fixed instant T0, row counts, the
/// multiplier primes and the search vocabulary. Every value is a pure function of the row index, so every
/// machine loads identical data.
/// </summary>
public static class SeedRules
{
    /// <summary>T0 = 2026-01-01 00:00:00, a timestamp without time zone.</summary>
    public static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public const int UserRows = 100_000;
    public const int AuthorRows = 1_000;
    public const int PostsPerAuthor = 8;
    public const int ProductRows = 10;
    public const int ProductStock = 1_000;
    public const int VocabularyWords = 1_000;
    public const int ArticleRows = 100_000;

    /// <summary>p₁…p₅ of the users_type_int and users_type_timestamp rules.</summary>
    public static readonly int[] TypePrimes = [7919, 7927, 7933, 7937, 7949];

    private static readonly string[] Syllables = ["ba", "ke", "di", "mo", "nu", "ra", "si", "to", "ve", "zu"];

    /// <summary><c>T0 − s</c> seconds.</summary>
    public static DateTime MinusSeconds(long seconds) => T0.AddSeconds(-seconds);

    /// <summary>created_at of users, users_narrow, users_wide, users_extra_wide: T0 − (i×7919 % 2592000).</summary>
    public static DateTime UserCreatedAt(int i) => MinusSeconds((long)i * 7919 % 2_592_000);

    /// <summary>word(j) = S[j/100] ‖ S[(j/10)%10] ‖ S[j%10], j = 0..999.</summary>
    public static string Word(int j) => string.Concat(Syllables[j / 100], Syllables[j / 10 % 10], Syllables[j % 10]);

    /// <summary>The seeded users row i: <c>User</c>‖i, <c>user</c>‖i‖<c>@benchmark.com</c>.</summary>
    public static string UserName(int i) => "User" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Email(string prefix, int i) => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@benchmark.com";
}
