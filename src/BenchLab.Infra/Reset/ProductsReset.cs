using BenchLab.Infra.Seed;
using Npgsql;

namespace BenchLab.Infra.Reset;

/// <summary>R-products: <c>UPDATE products SET stock = 1000, version = 0, updated_at = T0</c>.</summary>
public sealed class ProductsReset : IResetProcedure
{
    public string Name => "products";

    public string ContractName => "R-products";

    public async Task<string> RunAsync(ResetTarget target, CancellationToken cancellationToken = default)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE products SET stock = $1, version = 0, updated_at = $2", connection);
        command.Parameters.AddWithValue(SeedRules.ProductStock);
        command.Parameters.Add(new NpgsqlParameter { Value = SeedRules.T0, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Timestamp });
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        return $"products: {rows} rows back to stock {SeedRules.ProductStock}, version 0";
    }
}
