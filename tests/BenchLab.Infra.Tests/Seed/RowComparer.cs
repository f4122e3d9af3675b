using Npgsql;

namespace BenchLab.Infra.Tests.Seed;

/// <summary>Compares one stored row with its expected values, column by column, inside PostgreSQL.</summary>
public static class RowComparer
{
    /// <summary>Returns a description of every column whose value differs; empty when the row is as expected.</summary>
    public static async Task<IReadOnlyList<string>> DifferencesAsync(NpgsqlConnection connection, string table, int key)
    {
        var expected = ExpectedSeed.Row(table, key);
        // Each column is compared in its own type (jsonb semantically, timestamps as timestamps) and also read as text for the message.
        var comparisons = expected.Select((column, n) => $"{column.Column} IS NOT DISTINCT FROM ${n + 1}::{column.Type}, {column.Column}::text");
        var sql = $"SELECT {string.Join(", ", comparisons)} FROM {table} WHERE {ExpectedSeed.KeyOf(table)} = {key}";
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var column in expected)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)column.Text ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        }
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        if (!await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            return [$"{table} has no row {key}"];
        }
        var differences = new List<string>();
        for (var n = 0; n < expected.Count; n++)
        {
            if (!reader.GetBoolean(2 * n))
            {
                differences.Add($"{table}[{key}].{expected[n].Column}: expected '{expected[n].Text}', found '{(reader.IsDBNull(2 * n + 1) ? "NULL" : reader.GetString(2 * n + 1))}'");
            }
        }
        return differences;
    }
}
