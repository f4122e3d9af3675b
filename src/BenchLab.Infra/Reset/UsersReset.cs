using BenchLab.Infra.Database;
using BenchLab.Infra.Seed;
using BenchLab.Infra.Seed.Tables;

namespace BenchLab.Infra.Reset;

/// <summary>
/// R-users: remove users above id 100,000, put back any seed row that is missing or changed, set the sequence
/// to 100,000, VACUUM (ANALYZE). The expected rows come from the same seed rules as the seed (copied into a
/// temporary table), so the reset cannot drift from the seed.
/// </summary>
public sealed class UsersReset : IResetProcedure
{
    public string Name => "users";

    public string ContractName => "R-users";

    public async Task<string> RunAsync(ResetTarget target, CancellationToken cancellationToken = default)
    {
        var seed = new UsersSeed();
        int added, restored;
        await using (var connection = await target.OpenAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            added = await connection.ExecuteAsync($"DELETE FROM users WHERE id > {seed.RowCount}", cancellationToken);
            await connection.ExecuteAsync("CREATE TEMP TABLE seed_users (id integer, name varchar(100), email varchar(255), created_at timestamp) ON COMMIT DROP", cancellationToken);
            await DatabaseSeeder.CopyTableAsync(connection, seed, freeze: false, cancellationToken, targetTable: "seed_users");
            // Changed rows are deleted and re-inserted rather than updated in place: an update could collide on
            // the unique email with another changed row that has not been restored yet.
            await connection.ExecuteAsync("""
                DELETE FROM users u USING seed_users s
                WHERE u.id = s.id AND (u.name, u.email, u.created_at) IS DISTINCT FROM (s.name, s.email, s.created_at)
                """, cancellationToken);
            restored = await connection.ExecuteAsync("""
                INSERT INTO users (id, name, email, created_at)
                SELECT s.id, s.name, s.email, s.created_at FROM seed_users s
                WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.id)
                """, cancellationToken);
            await connection.ExecuteAsync($"SELECT setval('users_id_seq', {seed.RowCount})", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await using (var connection = await target.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync("VACUUM (ANALYZE) users", cancellationToken);
        }
        return $"users: removed {added} rows above id {seed.RowCount}, restored {restored} seed rows";
    }

}
