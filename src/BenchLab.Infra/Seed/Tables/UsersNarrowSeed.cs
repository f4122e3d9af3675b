using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary><c>users_narrow</c> (5 columns): email narrow‖i‖…, status active for even i, else inactive.</summary>
public sealed class UsersNarrowSeed : TableSeed
{
    public override string Table => "users_narrow";

    public override IReadOnlyList<SeedColumn> Columns { get; } =
    [
        new("id", NpgsqlDbType.Integer), new("name", NpgsqlDbType.Varchar), new("email", NpgsqlDbType.Varchar),
        new("status", NpgsqlDbType.Varchar), new("created_at", NpgsqlDbType.Timestamp),
    ];

    public override int RowCount => SeedRules.UserRows;

    public override void WriteRow(IRowWriter writer, int index)
    {
        var i = index + 1;
        writer.Write(i);
        writer.Write(SeedRules.UserName(i));
        writer.Write(SeedRules.Email("narrow", i));
        writer.Write(Status(i));
        writer.Write(SeedRules.UserCreatedAt(i));
    }

    /// <summary>Shared with users_wide: <c>active</c> if i is even, else <c>inactive</c>.</summary>
    public static string Status(int i) => i % 2 == 0 ? "active" : "inactive";
}
