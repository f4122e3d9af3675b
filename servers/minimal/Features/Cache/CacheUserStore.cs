using Npgsql;

namespace MinimalServer.Features.Cache;

/// <summary>The <c>SELECT id, name, email FROM users</c> reads of the caching scenarios.</summary>
public sealed class CacheUserStore(NpgsqlDataSource database)
{
    public async Task<CachedUser?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT id, name, email FROM users WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new CachedUser(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public async Task<List<CachedUser>> FirstAsync(int count, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT id, name, email FROM users ORDER BY id LIMIT $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<CachedUser>(count);
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(new CachedUser(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }
        return users;
    }
}
