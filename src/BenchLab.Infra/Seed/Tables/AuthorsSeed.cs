using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary><c>authors</c>: 1,000 rows; created_at T0 − (a×7919 % 31536000).</summary>
public sealed class AuthorsSeed : TableSeed
{
    public override string Table => "authors";

    public override IReadOnlyList<SeedColumn> Columns { get; } =
    [
        new("id", NpgsqlDbType.Integer), new("name", NpgsqlDbType.Varchar), new("email", NpgsqlDbType.Varchar),
        new("bio", NpgsqlDbType.Text), new("created_at", NpgsqlDbType.Timestamp),
    ];

    public override int RowCount => SeedRules.AuthorRows;

    public override void WriteRow(IRowWriter writer, int index)
    {
        var a = index + 1;
        writer.Write(a);
        writer.Write($"Author{a}");
        writer.Write(SeedRules.Email("author", a));
        writer.Write($"Bio for author {a}. Writer and content creator.");
        writer.Write(CreatedAt(a));
    }

    /// <summary>Shared with posts, whose created_at is the author's plus p days.</summary>
    public static DateTime CreatedAt(int a) => SeedRules.MinusSeconds((long)a * 7919 % 31_536_000);
}
