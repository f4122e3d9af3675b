using BenchLab.Infra.Seed;
using BenchLab.Infra.Seed.Tables;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Expectations;

/// <summary>
/// Expected JSON rows computed from the seed rules (contract §2.3) — the same <see cref="TableSeed"/> rules the
/// lab loads with, so "GET /users/42 returns row 42" means exactly what the rule defines. Each column becomes the
/// member of the same name, typed as §1.2 says (timestamps without offset, dates, lower-case UUIDs, embedded JSONB).
/// </summary>
public static class SeedRows
{
    private static readonly UsersSeed Users = new();
    private static readonly AuthorsSeed Authors = new();
    private static readonly PostsSeed Posts = new();
    private static readonly ArticlesSeed Articles = new();

    /// <summary>Row <paramref name="id"/> (1-based) of any seeded table, every column.</summary>
    public static ObjectExpectation Row(TableSeed table, int id, IReadOnlyCollection<string>? columns = null)
    {
        var writer = new ExpectationRowWriter(table.Columns);
        table.WriteRow(writer, id - 1);
        return Expect.Object([.. writer.Members.Where(member => columns is null || columns.Contains(member.Name))]);
    }

    /// <summary>A User of §3 (<c>{id, name, email, created_at}</c>) as seeded.</summary>
    public static ObjectExpectation User(int id) => Row(Users, id);

    public static IEnumerable<JsonExpectation> UsersFrom(int firstId, int count) => Enumerable.Range(firstId, count).Select(User);

    /// <summary>An article of §3.10: <c>{id, title, body, created_at}</c>.</summary>
    public static ObjectExpectation Article(int id) => Row(Articles, id);

    /// <summary>An author of §3.4 with its posts, ordered by post id: <c>{id, name, email, bio, created_at, posts:[…]}</c>.</summary>
    public static ObjectExpectation AuthorWithPosts(int authorId)
    {
        var posts = Enumerable.Range((authorId - 1) * SeedRules.PostsPerAuthor + 1, SeedRules.PostsPerAuthor)
            .Select(postId => (JsonExpectation)Row(Posts, postId).Without("author_id"));
        return Row(Authors, authorId).With("posts", Expect.Array(posts));
    }

    /// <summary>Collects one seed row's values as expectations, in column order.</summary>
    private sealed class ExpectationRowWriter(IReadOnlyList<SeedColumn> columns) : IRowWriter
    {
        public List<(string Name, JsonExpectation Value)> Members { get; } = [];

        public void Write(int value) => Add(Expect.Int(value));

        public void Write(string value) => Add(Expect.String(value));

        public void Write(DateTime value) => Add(Expect.Timestamp(value));

        public void Write(DateOnly value) => Add(Expect.Date(value));

        public void Write(Guid value) => Add(Expect.Uuid(value));

        public void WriteJson(string json) => Add(Expect.JsonValue(json));

        private void Add(JsonExpectation value) => Members.Add((columns[Members.Count].Name, value));
    }
}
