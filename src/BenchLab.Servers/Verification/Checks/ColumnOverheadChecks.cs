using BenchLab.Infra.Seed;
using BenchLab.Infra.Seed.Tables;
using BenchLab.Servers.Verification.Expectations;
using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// contract §3.3: every column-overhead route returns its table's rows with all columns (wide/projected: five),
/// typed as §1.2 says — timestamps without offset, dates, lower-case UUIDs, JSONB embedded — in id order, in one
/// statement.
/// </summary>
public sealed class ColumnOverheadChecks : CheckGroup
{
    private static readonly string[] ProjectedColumns = ["id", "name", "email", "status", "created_at"];

    public override string Name => "column-overhead";

    public override string Section => "§3.3";

    public override IReadOnlyList<string> Scenarios => ["10"];

    /// <summary>Route suffix → the table it reads and, for the projection, its columns.</summary>
    public static IReadOnlyList<(string Route, TableSeed Table, IReadOnlyCollection<string>? Columns)> Routes { get; } =
    [
        ("narrow", new UsersNarrowSeed(), null),
        ("wide", new UsersWideSeed(), null),
        ("extra-wide", new UsersExtraWideSeed(), null),
        ("wide/projected", new UsersWideSeed(), ProjectedColumns),
        ("type/int", new UsersTypeIntSeed(), null),
        ("type/varchar", new UsersTypeVarcharSeed(), null),
        ("type/text", new UsersTypeTextSeed(), null),
        ("type/jsonb", new UsersTypeJsonbSeed(), null),
        ("type/timestamp", new UsersTypeTimestampSeed(), null),
        ("type/uuid", new UsersTypeUuidSeed(), null),
    ];

    public override async Task RunAsync(VerifyRun run)
    {
        foreach (var (route, table, columns) in Routes)
        {
            var path = $"/column-overhead/{route}";
            var what = columns is null ? $"every column of {table.Table}" : $"{string.Join(", ", columns)} of {table.Table}";
            await run.CheckAsync($"GET {path}: rows 1–100 by default, {what}, as seeded", async () =>
                (await run.Http.GetAsync(path, run.Cancellation)).ExpectJson(200, Rows(table, columns, 100)));
            await run.CheckAsync($"GET {path}?limit=3: rows 1–3", async () =>
                (await run.Http.GetAsync($"{path}?limit=3", run.Cancellation)).ExpectJson(200, Rows(table, columns, 3)));
            await run.CheckAsync($"GET {path}?limit=1000: 1,000 rows", async () =>
                (await run.Http.GetAsync($"{path}?limit=1000", run.Cancellation)).ExpectJson(200, Rows(table, columns, 1000)));
            await run.StatementsAsync($"GET {path}", 1, _ => run.Http.GetAsync($"{path}?limit=100", run.Cancellation));
        }
        await run.CheckAsync("GET /column-overhead/wide?limit=1: row 1 is the §2.5 fixture (inactive, 010-1037-1053, Country1, 10101, 1970-01-14, male, …)", async () =>
            (await run.Http.GetAsync("/column-overhead/wide?limit=1", run.Cancellation)).ExpectJson(200, Expect.Array([WideFixture()])));
        await run.CheckAsync("GET /column-overhead/type/uuid?limit=1: uuid_col_01 of row 1 is 1535b91e-6917-2c72-cc97-2f21d2a79b34 (§2.5)", async () =>
            (await run.Http.GetAsync("/column-overhead/type/uuid?limit=1", run.Cancellation)).ExpectJson(200, Expect.Array([
                SeedRows.Row(new UsersTypeUuidSeed(), 1).With("uuid_col_01", Expect.Uuid(Guid.Parse("1535b91e-6917-2c72-cc97-2f21d2a79b34")))])));
    }

    private static ArrayExpectation Rows(TableSeed table, IReadOnlyCollection<string>? columns, int count) =>
        Expect.Array(Enumerable.Range(1, count).Select(id => (JsonExpectation)SeedRows.Row(table, id, columns)));

    /// <summary>Row 1 of users_wide written out from §2.5 rather than from the seed rule, as a second opinion.</summary>
    private static ObjectExpectation WideFixture() => SeedRows.Row(new UsersWideSeed(), 1)
        .With("status", Expect.String("inactive"))
        .With("phone", Expect.String("010-1037-1053"))
        .With("country", Expect.String("Country1"))
        .With("postal_code", Expect.String("10101"))
        .With("birth_date", Expect.Date(new DateOnly(1970, 1, 14)))
        .With("gender", Expect.String("male"))
        .With("last_login", Expect.Timestamp(new DateTime(2025, 12, 31, 21, 51, 23, DateTimeKind.Unspecified)))
        .With("login_count", Expect.Int(37))
        .With("preferences", Expect.JsonValue("""{"theme":"light","lang":"ko"}"""))
        .With("created_at", Expect.Timestamp(SeedRules.UserCreatedAt(1)));
}
