using System.Security.Cryptography;
using System.Text;
using NpgsqlTypes;

namespace BenchLab.Infra.Seed.Tables;

// The six concrete users_type_* rules sit together: each is one line of contract §2.3.

/// <summary>int_col_k = i×p_k % 1000000.</summary>
public sealed class UsersTypeIntSeed() : UsersTypeSeed("int", "int_col", NpgsqlDbType.Integer)
{
    protected override void WriteValue(IRowWriter writer, int i, int k) => writer.Write((int)((long)i * SeedRules.TypePrimes[k - 1] % 1_000_000));
}

/// <summary>varchar_col_k = varchar_value_0k_‖i.</summary>
public sealed class UsersTypeVarcharSeed() : UsersTypeSeed("varchar", "varchar_col", NpgsqlDbType.Varchar)
{
    protected override void WriteValue(IRowWriter writer, int i, int k) => writer.Write($"varchar_value_{k:00}_{i}");
}

/// <summary>text_col_k = a Lorem ipsum sentence naming the user and the column.</summary>
public sealed class UsersTypeTextSeed() : UsersTypeSeed("text", "text_col", NpgsqlDbType.Text)
{
    protected override void WriteValue(IRowWriter writer, int i, int k) =>
        writer.Write($"Lorem ipsum dolor sit amet, consectetur adipiscing elit. User {i} text column {k:00}.");
}

/// <summary>json_col_k = {"id": i, "type": "col0k", "data": {"nested": "value"}}.</summary>
public sealed class UsersTypeJsonbSeed() : UsersTypeSeed("jsonb", "json_col", NpgsqlDbType.Jsonb)
{
    protected override void WriteValue(IRowWriter writer, int i, int k) =>
        writer.WriteJson($$$"""{"id": {{{i}}}, "type": "col{{{k:00}}}", "data": {"nested": "value"}}""");
}

/// <summary>ts_col_k = T0 − (i×p_k % 31536000).</summary>
public sealed class UsersTypeTimestampSeed() : UsersTypeSeed("timestamp", "ts_col", NpgsqlDbType.Timestamp)
{
    protected override void WriteValue(IRowWriter writer, int i, int k) =>
        writer.Write(SeedRules.MinusSeconds((long)i * SeedRules.TypePrimes[k - 1] % 31_536_000));
}

/// <summary>uuid_col_k = the 32 hex digits of MD5(uuid:‖i‖:‖k) as a UUID (PostgreSQL: <c>md5(...)::uuid</c>).</summary>
public sealed class UsersTypeUuidSeed() : UsersTypeSeed("uuid", "uuid_col", NpgsqlDbType.Uuid)
{
    protected override void WriteValue(IRowWriter writer, int i, int k) => writer.Write(Md5Uuid($"uuid:{i}:{k}"));

    /// <summary>MD5 digest bytes read big-endian, so the text form is the hex digest with dashes.</summary>
    public static Guid Md5Uuid(string text)
    {
        // MD5 here only spreads values deterministically, as the contract's md5(...)::uuid does; nothing is secured by it.
#pragma warning disable CA5351
        return new Guid(MD5.HashData(Encoding.ASCII.GetBytes(text)), bigEndian: true);
#pragma warning restore CA5351
    }
}
