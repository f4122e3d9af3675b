using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary>
/// The six <c>users_type_*</c> tables (8 columns each): id, name, email, then five columns of one data type
/// whose k-th value (k = 1..5) is a function of (i, k). Subclasses give the type and the value rule.
/// </summary>
public abstract class UsersTypeSeed : TableSeed
{
    private readonly string _typeName;

    protected UsersTypeSeed(string typeName, string columnPrefix, NpgsqlDbType columnType)
    {
        _typeName = typeName;
        Columns =
        [
            new("id", NpgsqlDbType.Integer), new("name", NpgsqlDbType.Varchar), new("email", NpgsqlDbType.Varchar),
            .. Enumerable.Range(1, 5).Select(k => new SeedColumn($"{columnPrefix}_{k:00}", columnType)),
        ];
    }

    public sealed override string Table => $"users_type_{_typeName}";

    public sealed override IReadOnlyList<SeedColumn> Columns { get; }

    public sealed override int RowCount => SeedRules.UserRows;

    public sealed override void WriteRow(IRowWriter writer, int index)
    {
        var i = index + 1;
        writer.Write(i);
        writer.Write(SeedRules.UserName(i));
        writer.Write(SeedRules.Email(_typeName, i));
        for (var k = 1; k <= 5; k++)
        {
            WriteValue(writer, i, k);
        }
    }

    /// <summary>Writes column k (1..5) of row i.</summary>
    protected abstract void WriteValue(IRowWriter writer, int i, int k);
}
