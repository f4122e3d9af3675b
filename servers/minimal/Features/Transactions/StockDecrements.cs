using System.Data;
using Npgsql;

namespace MinimalServer.Features.Transactions;

/// <summary>
/// The four ways scenario 13 takes <c>quantity</c> off a product's stock (contract §3.6), each as raw SQL in
/// the contract's exact statement shape: two data statements per attempt. No stock floor: stock may go negative.
/// </summary>
public sealed class StockDecrements(NpgsqlDataSource database)
{
    private const string Update = "UPDATE products SET stock = $2, updated_at = now() WHERE id = $1";

    /// <summary>Read, then write back old − q: concurrent decrements overwrite each other (lost updates expected).</summary>
    public Task<DecrementOutcome> NoLockAsync(int productId, int quantity, CancellationToken cancellationToken) =>
        ReadThenWriteAsync(productId, quantity, "SELECT stock FROM products WHERE id = $1", IsolationLevel.ReadCommitted, cancellationToken);

    /// <summary>The read takes a row lock (<c>FOR UPDATE</c>), so decrements queue up and none is lost.</summary>
    public Task<DecrementOutcome> PessimisticAsync(int productId, int quantity, CancellationToken cancellationToken) =>
        ReadThenWriteAsync(productId, quantity, "SELECT stock FROM products WHERE id = $1 FOR UPDATE", IsolationLevel.ReadCommitted, cancellationToken);

    /// <summary>
    /// SERIALIZABLE: PostgreSQL aborts one of two conflicting transactions (40001, or 40P01 on deadlock); that is a
    /// 409 without retry. Any other database error propagates as a 500.
    /// </summary>
    public async Task<DecrementOutcome> SerializableAsync(int productId, int quantity, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadThenWriteAsync(productId, quantity, "SELECT stock FROM products WHERE id = $1", IsolationLevel.Serializable, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected)
        {
            return new DecrementOutcome(true, false, 0, 0, 0, e.SqlState);
        }
    }

    /// <summary>
    /// Version check: each attempt reads stock and version and writes only if the version is unchanged; a lost race
    /// retries at once, without back-off, up to <paramref name="maxRetries"/> attempts.
    /// </summary>
    public async Task<DecrementOutcome> OptimisticAsync(int productId, int quantity, int maxRetries, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < maxRetries; attempt++)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            int stock, version;
            await using (var read = new NpgsqlCommand("SELECT stock, version FROM products WHERE id = $1", connection, transaction))
            {
                read.Parameters.Add(new NpgsqlParameter<int> { TypedValue = productId });
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return DecrementOutcome.NotFound;
                }
                (stock, version) = (reader.GetInt32(0), reader.GetInt32(1));
            }
            await using var write = new NpgsqlCommand(
                "UPDATE products SET stock = $2, version = $3, updated_at = now() WHERE id = $1 AND version = $4", connection, transaction);
            write.Parameters.Add(new NpgsqlParameter<int> { TypedValue = productId });
            write.Parameters.Add(new NpgsqlParameter<int> { TypedValue = stock - quantity });
            write.Parameters.Add(new NpgsqlParameter<int> { TypedValue = version + 1 });
            write.Parameters.Add(new NpgsqlParameter<int> { TypedValue = version });
            var written = await write.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (written == 1)
            {
                return new DecrementOutcome(true, true, stock, stock - quantity, attempt, null);
            }
        }
        return new DecrementOutcome(true, false, 0, 0, maxRetries, null);
    }

    private async Task<DecrementOutcome> ReadThenWriteAsync(int productId, int quantity, string select, IsolationLevel isolation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(isolation, cancellationToken);
        int stock;
        await using (var read = new NpgsqlCommand(select, connection, transaction))
        {
            read.Parameters.Add(new NpgsqlParameter<int> { TypedValue = productId });
            var value = await read.ExecuteScalarAsync(cancellationToken);
            if (value is null)
            {
                return DecrementOutcome.NotFound;
            }
            stock = (int)value;
        }
        await using (var write = new NpgsqlCommand(Update, connection, transaction))
        {
            write.Parameters.Add(new NpgsqlParameter<int> { TypedValue = productId });
            write.Parameters.Add(new NpgsqlParameter<int> { TypedValue = stock - quantity });
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new DecrementOutcome(true, true, stock, stock - quantity, 0, null);
    }
}
