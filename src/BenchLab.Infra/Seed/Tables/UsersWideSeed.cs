using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

/// <summary><c>users_wide</c> (20 columns): the profile-like row of contract §2.3.</summary>
public sealed class UsersWideSeed : TableSeed
{
    private static readonly DateOnly Epoch = new(1970, 1, 1);

    public override string Table => "users_wide";

    public override IReadOnlyList<SeedColumn> Columns { get; } =
    [
        new("id", NpgsqlDbType.Integer), new("name", NpgsqlDbType.Varchar), new("email", NpgsqlDbType.Varchar),
        new("status", NpgsqlDbType.Varchar), new("created_at", NpgsqlDbType.Timestamp), new("phone", NpgsqlDbType.Varchar),
        new("address", NpgsqlDbType.Varchar), new("city", NpgsqlDbType.Varchar), new("country", NpgsqlDbType.Varchar),
        new("postal_code", NpgsqlDbType.Varchar), new("birth_date", NpgsqlDbType.Date), new("gender", NpgsqlDbType.Varchar),
        new("occupation", NpgsqlDbType.Varchar), new("company", NpgsqlDbType.Varchar), new("website", NpgsqlDbType.Varchar),
        new("bio", NpgsqlDbType.Text), new("avatar_url", NpgsqlDbType.Varchar), new("last_login", NpgsqlDbType.Timestamp),
        new("login_count", NpgsqlDbType.Integer), new("preferences", NpgsqlDbType.Jsonb),
    ];

    public override int RowCount => SeedRules.UserRows;

    public override void WriteRow(IRowWriter writer, int index)
    {
        var i = index + 1;
        writer.Write(i);
        writer.Write(SeedRules.UserName(i));
        writer.Write(SeedRules.Email("wide", i));
        writer.Write(UsersNarrowSeed.Status(i));
        writer.Write(SeedRules.UserCreatedAt(i));
        writer.Write($"010-{1000 + (i * 37 % 9000)}-{1000 + (i * 53 % 9000)}");
        writer.Write($"Address {i}");
        writer.Write($"City {i % 100}");
        writer.Write($"Country{i % 50}");
        writer.Write((10000 + (i * 101 % 900000)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.Write(Epoch.AddDays(i * 13 % 15001));
        writer.Write(i / 2 % 2 == 0 ? "male" : "female");
        writer.Write($"Occupation {i % 30}");
        writer.Write($"Company {i % 200}");
        writer.Write($"https://example.com/user/{i}");
        writer.Write($"Bio text for user {i}. Lorem ipsum dolor sit amet.");
        writer.Write($"https://avatar.example.com/{i}.jpg");
        writer.Write(SeedRules.MinusSeconds((long)i * 7717 % 604_800));
        writer.Write(i * 37 % 1001);
        writer.WriteJson(i % 3 == 0 ? """{"theme": "dark", "lang": "ko"}""" : """{"theme": "light", "lang": "ko"}""");
    }
}
