using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary><c>users_extra_wide</c> (49 columns): field_NN = val_NN_‖i for NN = 01..45.</summary>
public sealed class UsersExtraWideSeed : TableSeed
{
    public const int FieldCount = 45;

    private static readonly string[] FieldPrefixes = [.. Enumerable.Range(1, FieldCount).Select(n => $"val_{n:00}_")];

    public override string Table => "users_extra_wide";

    public override IReadOnlyList<SeedColumn> Columns { get; } =
    [
        new("id", NpgsqlDbType.Integer), new("name", NpgsqlDbType.Varchar), new("email", NpgsqlDbType.Varchar),
        .. Enumerable.Range(1, FieldCount).Select(n => new SeedColumn($"field_{n:00}", NpgsqlDbType.Varchar)),
        new("created_at", NpgsqlDbType.Timestamp),
    ];

    public override int RowCount => SeedRules.UserRows;

    public override void WriteRow(IRowWriter writer, int index)
    {
        var i = index + 1;
        var suffix = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Write(i);
        writer.Write(SeedRules.UserName(i));
        writer.Write(SeedRules.Email("extrawide", i));
        foreach (var prefix in FieldPrefixes)
        {
            writer.Write(prefix + suffix);
        }
        writer.Write(SeedRules.UserCreatedAt(i));
    }
}
