using BenchLab.Infra.Database;
using Npgsql;

namespace BenchLab.Servers.Verification.Checks;

/// <summary>
/// A transaction of verify's own that changes a product row and holds its lock while a server request runs into
/// it, then commits. It makes the contention of §3.6 happen on demand instead of hoping for it under load: a
/// pessimistic decrement must wait and read the committed stock, an optimistic one must retry, a serializable one
/// must fail with 40001.
/// </summary>
public sealed class BlockingTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private BlockingTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>Opens a transaction that runs <paramref name="updateSql"/> on product <paramref name="productId"/> and keeps its row lock.</summary>
    public static async Task<BlockingTransaction> BeginAsync(VerifyRun run, int productId, string updateSql)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(run.Database.Endpoint.ToLabConnectionString("benchlab-verify-lock")) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(run.Cancellation);
        var transaction = await connection.BeginTransactionAsync(run.Cancellation);
        await using var command = new NpgsqlCommand(updateSql, connection, transaction);
        command.Parameters.AddWithValue(productId);
        await command.ExecuteNonQueryAsync(run.Cancellation);
        return new BlockingTransaction(connection, transaction);
    }

    /// <summary>Waits until a backend of the server's role is waiting for a lock (the request ran into ours); false after 10 s.</summary>
    public static async Task<bool> WaitForBlockedServerAsync(VerifyRun run)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var blocked = await run.Database.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = $1 AND datname = current_database() AND wait_event_type = 'Lock'",
                run.Cancellation, LabDatabases.Role);
            if (blocked > 0)
            {
                return true;
            }
            await Task.Delay(50, run.Cancellation);
        }
        return false;
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
