using Npgsql;

namespace BenchLab.Infra.Database;

/// <summary>The two calls the lab makes on a connection all the time, without parameters or readers.</summary>
public static class NpgsqlConnectionExtensions
{
    /// <summary>An open connection, or an exception with nothing left open behind it.</summary>
    public static async Task<NpgsqlConnection> OpenNewAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return connection;
    }

    /// <summary>Runs <paramref name="sql"/> and returns the affected row count.</summary>
    public static async Task<int> ExecuteAsync(this NpgsqlConnection connection, string sql, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="sql"/> and returns its first column of the first row.</summary>
    public static async Task<T?> ScalarAsync<T>(this NpgsqlConnection connection, string sql, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)value;
    }
}
