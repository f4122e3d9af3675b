using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary><c>posts</c>: exactly 8 per author (8,000); id (a−1)×8+p, view_count id×7919 % 10001.</summary>
public sealed class PostsSeed : TableSeed
{
    public override string Table => "posts";

    public override IReadOnlyList<SeedColumn> Columns { get; } =
    [
        new("id", NpgsqlDbType.Integer), new("author_id", NpgsqlDbType.Integer), new("title", NpgsqlDbType.Varchar),
        new("content", NpgsqlDbType.Text), new("view_count", NpgsqlDbType.Integer), new("created_at", NpgsqlDbType.Timestamp),
    ];

    public override int RowCount => SeedRules.AuthorRows * SeedRules.PostsPerAuthor;

    public override void WriteRow(IRowWriter writer, int index)
    {
        var a = index / SeedRules.PostsPerAuthor + 1;
        var p = index % SeedRules.PostsPerAuthor + 1;
        var id = (a - 1) * SeedRules.PostsPerAuthor + p;
        writer.Write(id);
        writer.Write(a);
        writer.Write($"Post {p} by Author {a}");
        writer.Write($"Content of post {p}. Lorem ipsum dolor sit amet, consectetur adipiscing elit.");
        writer.Write(id * 7919 % 10001);
        writer.Write(AuthorsSeed.CreatedAt(a).AddDays(p));
    }
}
