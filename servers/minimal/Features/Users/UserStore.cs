using Npgsql;

namespace MinimalServer.Features.Users;

/// <summary>
/// Raw Npgsql access to <c>users</c>: one statement per call, positional parameters, rows read straight from the
/// data reader. The single-row lookup is the hottest database path of the lab, so it carries no mapper.
/// </summary>
public sealed class UserStore(NpgsqlDataSource database)
{
    private const string Columns = "id, name, email, created_at";

    public async Task<List<User>> ListAsync(int limit, long offset, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM users ORDER BY id LIMIT $1 OFFSET $2");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = offset });
        return await ReadAllAsync(command, limit, cancellationToken);
    }

    /// <summary>Rows with id greater than <paramref name="afterId"/>, in id order (cursor pagination).</summary>
    public async Task<List<User>> ListAfterAsync(long afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM users WHERE id > $1 ORDER BY id LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        return await ReadAllAsync(command, limit, cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM users");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<User?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM users WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>Inserts a user; a duplicate email surfaces as <see cref="PostgresException"/> 23505.</summary>
    public async Task<User> InsertAsync(string name, string email, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"INSERT INTO users (name, email) VALUES ($1, $2) RETURNING {Columns}");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = email });
        return (await ReadOneAsync(command, cancellationToken))!;
    }

    /// <summary>Partial update in one statement: absent fields keep their value. Null when the user does not exist.</summary>
    public async Task<User?> UpdateAsync(int id, string? name, string? email, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"UPDATE users SET name = coalesce($2, name), email = coalesce($3, email) WHERE id = $1 RETURNING {Columns}");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)name ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)email ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>Sets the name of a user (20's profile update), in the contract's statement shape. Null when the user does not exist.</summary>
    public async Task<User?> RenameAsync(int id, string name, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"UPDATE users SET name = $1 WHERE id = $2 RETURNING {Columns}");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        return await ReadOneAsync(command, cancellationToken);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM users WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<User?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static async Task<List<User>> ReadAllAsync(NpgsqlCommand command, int capacity, CancellationToken cancellationToken)
    {
        var users = new List<User>(capacity);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(Read(reader));
        }
        return users;
    }

    private static User Read(NpgsqlDataReader reader) => new(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetDateTime(3));
}
