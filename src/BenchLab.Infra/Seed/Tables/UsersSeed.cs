using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary><c>users</c>: 100,000 rows; name User‖i, email user‖i‖@benchmark.com, created_at T0 − (i×7919 % 2592000).</summary>
public sealed class UsersSeed : TableSeed
{
    public override string Table => "users";

    public override IReadOnlyList<SeedColumn> Columns { get; } =
    [
        new("id", NpgsqlDbType.Integer), new("name", NpgsqlDbType.Varchar), new("email", NpgsqlDbType.Varchar), new("created_at", NpgsqlDbType.Timestamp),
    ];

    public override int RowCount => SeedRules.UserRows;

    public override void WriteRow(IRowWriter writer, int index)
    {
        var i = index + 1;
        writer.Write(i);
        writer.Write(SeedRules.UserName(i));
        writer.Write(SeedRules.Email("user", i));
        writer.Write(SeedRules.UserCreatedAt(i));
    }
}
