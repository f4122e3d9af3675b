using Npgsql;

namespace BenchLab.Infra.Database;

/// <summary>The two calls the lab makes on a connection all the time, without parameters or readers.</summary>
public static class NpgsqlConnectionExtensions
{
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
