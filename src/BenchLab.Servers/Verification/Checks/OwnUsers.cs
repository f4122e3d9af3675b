using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// Users verify creates for itself (ids above 100,000, tagged emails; contract §8.5) straight in the database,
/// for checks that need a user to change, cache, log in as or delete without touching a seed row.
/// </summary>
public static class OwnUsers
{
    /// <summary>A user row as the database holds it.</summary>
    public sealed record UserRow(int Id, string Name, string Email, DateTime CreatedAt)
    {
        /// <summary>The §3 User this row must be shown as.</summary>
        public ObjectExpectation Expected => Expect.Object(
            ("id", Expect.Int(Id)), ("name", Expect.String(Name)), ("email", Expect.String(Email)), ("created_at", Expect.Timestamp(CreatedAt)));
    }

    public static async Task<UserRow> CreateAsync(VerifyRun run, string purpose)
    {
        var name = run.Footprint.NextName(purpose);
        var email = run.Footprint.NextEmail();
        var rows = await run.Database.RowsAsync("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id, created_at", run.Cancellation, name, email);
        return new UserRow((int)rows[0]["id"]!, name, email, (DateTime)rows[0]["created_at"]!);
    }

    /// <summary>The row with <paramref name="id"/> now; null when there is none.</summary>
    public static async Task<UserRow?> FindAsync(VerifyRun run, long id)
    {
        var rows = await run.Database.RowsAsync("SELECT id, name, email, created_at FROM users WHERE id = $1", run.Cancellation, (int)id);
        return rows.Count == 0 ? null : FromRow(rows[0]);
    }

    /// <summary>Users in id order from <paramref name="afterId"/> (exclusive), as they are now.</summary>
    public static async Task<IReadOnlyList<UserRow>> AfterAsync(VerifyRun run, int afterId, int limit)
    {
        var rows = await run.Database.RowsAsync("SELECT id, name, email, created_at FROM users WHERE id > $1 ORDER BY id LIMIT $2", run.Cancellation, afterId, limit);
        return [.. rows.Select(FromRow)];
    }

    /// <summary>Users in id order, skipping <paramref name="offset"/> rows, as they are now.</summary>
    public static async Task<IReadOnlyList<UserRow>> PageAsync(VerifyRun run, long offset, int limit)
    {
        var rows = await run.Database.RowsAsync("SELECT id, name, email, created_at FROM users ORDER BY id LIMIT $1 OFFSET $2", run.Cancellation, limit, offset);
        return [.. rows.Select(FromRow)];
    }

    /// <summary>An id no user has: past the largest one.</summary>
    public static async Task<int> MissingIdAsync(VerifyRun run) =>
        await run.Database.ScalarAsync<int>("SELECT coalesce(max(id), 0) + 1000 FROM users", run.Cancellation);

    public static Task<long> CountAsync(VerifyRun run) => run.Database.ScalarAsync<long>("SELECT count(*) FROM users", run.Cancellation);

    private static UserRow FromRow(IReadOnlyDictionary<string, object?> row) =>
        new((int)row["id"]!, (string)row["name"]!, (string)row["email"]!, (DateTime)row["created_at"]!);
}
