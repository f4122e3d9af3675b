namespace MinimalServer.Features.ColumnOverhead;

/// <summary>One variant of scenario 10: a table and the columns its query selects, in table order.</summary>
public sealed record ColumnSet(string Route, string Table, IReadOnlyList<(string Name, ColumnKind Kind)> Columns)
{
    public string Sql { get; } = $"SELECT {string.Join(", ", Columns.Select(c => c.Name))} FROM {Table} ORDER BY id LIMIT $1";

    private static readonly (string, ColumnKind)[] Identity = [("id", ColumnKind.Number), ("name", ColumnKind.Text), ("email", ColumnKind.Text)];

    /// <summary>Every route of <c>/column-overhead/…</c> with its table and columns (contract §2.3, §3.3).</summary>
    public static IReadOnlyList<ColumnSet> All { get; } =
    [
        new("narrow", "users_narrow", [.. Identity, ("status", ColumnKind.Text), ("created_at", ColumnKind.Timestamp)]),
        new("wide", "users_wide",
        [
            .. Identity, ("status", ColumnKind.Text), ("created_at", ColumnKind.Timestamp), ("phone", ColumnKind.Text), ("address", ColumnKind.Text),
            ("city", ColumnKind.Text), ("country", ColumnKind.Text), ("postal_code", ColumnKind.Text), ("birth_date", ColumnKind.Date),
            ("gender", ColumnKind.Text), ("occupation", ColumnKind.Text), ("company", ColumnKind.Text), ("website", ColumnKind.Text),
            ("bio", ColumnKind.Text), ("avatar_url", ColumnKind.Text), ("last_login", ColumnKind.Timestamp), ("login_count", ColumnKind.Number),
            ("preferences", ColumnKind.Jsonb),
        ]),
        new("extra-wide", "users_extra_wide",
            [.. Identity, .. Enumerable.Range(1, 45).Select(n => ($"field_{n:00}", ColumnKind.Text)), ("created_at", ColumnKind.Timestamp)]),
        new("wide/projected", "users_wide", [.. Identity, ("status", ColumnKind.Text), ("created_at", ColumnKind.Timestamp)]),
        TypeTable("int", "int_col", ColumnKind.Number),
        TypeTable("varchar", "varchar_col", ColumnKind.Text),
        TypeTable("text", "text_col", ColumnKind.Text),
        TypeTable("jsonb", "json_col", ColumnKind.Jsonb),
        TypeTable("timestamp", "ts_col", ColumnKind.Timestamp),
        TypeTable("uuid", "uuid_col", ColumnKind.Uuid),
    ];

    private static ColumnSet TypeTable(string type, string prefix, ColumnKind kind) =>
        new($"type/{type}", $"users_type_{type}", [.. Identity, .. Enumerable.Range(1, 5).Select(k => ($"{prefix}_{k:00}", kind))]);
}
