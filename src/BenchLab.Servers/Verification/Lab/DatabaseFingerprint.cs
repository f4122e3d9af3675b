namespace BenchLab.Servers.Verification.Lab;

/// <summary>
/// Everything a request to the server could change, reduced to a few values: row counts and content digests of
/// the tables the contract writes (users, products, bulk_items). Equal fingerprints before and after a batch of
/// rejected requests prove they changed nothing.
/// </summary>
public sealed record DatabaseFingerprint(long Users, string UsersDigest, string ProductsDigest, long BulkItems, string BulkItemsDigest)
{
    private const string Sql = """
        SELECT
          (SELECT count(*) FROM users) AS users,
          (SELECT coalesce(md5(string_agg(id || '|' || name || '|' || email || '|' || created_at, ',' ORDER BY id)), '') FROM users) AS users_digest,
          (SELECT coalesce(md5(string_agg(id || '|' || name || '|' || stock || '|' || version || '|' || updated_at, ',' ORDER BY id)), '') FROM products) AS products_digest,
          (SELECT count(*) FROM bulk_items) AS bulk_items,
          (SELECT coalesce(md5(string_agg(batch_key || '|' || seq || '|' || name || '|' || value, ',' ORDER BY batch_key, seq)), '') FROM bulk_items) AS bulk_items_digest
        """;

    public static async Task<DatabaseFingerprint> TakeAsync(LabDatabase database, CancellationToken cancellationToken)
    {
        var row = (await database.RowsAsync(Sql, cancellationToken))[0];
        return new DatabaseFingerprint((long)row["users"]!, (string)row["users_digest"]!, (string)row["products_digest"]!, (long)row["bulk_items"]!, (string)row["bulk_items_digest"]!);
    }

    /// <summary>What changed between this fingerprint and <paramref name="after"/>, in words; empty when nothing did.</summary>
    public IReadOnlyList<string> Differences(DatabaseFingerprint after)
    {
        var differences = new List<string>();
        if (after.Users != Users)
        {
            differences.Add($"users went from {Users} to {after.Users} rows");
        }
        else if (after.UsersDigest != UsersDigest)
        {
            differences.Add("a users row changed");
        }
        if (after.ProductsDigest != ProductsDigest)
        {
            differences.Add("a products row changed");
        }
        if (after.BulkItems != BulkItems)
        {
            differences.Add($"bulk_items went from {BulkItems} to {after.BulkItems} rows");
        }
        else if (after.BulkItemsDigest != BulkItemsDigest)
        {
            differences.Add("a bulk_items row changed");
        }
        return differences;
    }
}
