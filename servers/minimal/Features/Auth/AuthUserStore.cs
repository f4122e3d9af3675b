using Npgsql;

namespace MinimalServer.Features.Auth;

/// <summary>The single user lookup of scenarios 17-a/b/c, so that 17-b − 17-a isolates the auth step.</summary>
public sealed class AuthUserStore(NpgsqlDataSource database)
{
    public async Task<AuthUser?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT id, email FROM users WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AuthUser(reader.GetInt32(0), reader.GetString(1)) : null;
    }
}
