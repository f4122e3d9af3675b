using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary><c>products</c>: 10 rows, stock 1000, version 0, updated_at T0 (also what R-products restores).</summary>
public sealed class ProductsSeed : TableSeed
{
    public override string Table => "products";

    public override IReadOnlyList<SeedColumn> Columns { get; } =
    [
        new("id", NpgsqlDbType.Integer), new("name", NpgsqlDbType.Varchar), new("stock", NpgsqlDbType.Integer),
        new("version", NpgsqlDbType.Integer), new("updated_at", NpgsqlDbType.Timestamp),
    ];

    public override int RowCount => SeedRules.ProductRows;

    public override void WriteRow(IRowWriter writer, int index)
    {
        var i = index + 1;
        writer.Write(i);
        writer.Write($"Product {i}");
        writer.Write(SeedRules.ProductStock);
        writer.Write(0);
        writer.Write(SeedRules.T0);
    }
}
