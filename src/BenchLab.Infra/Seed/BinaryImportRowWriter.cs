using Npgsql;
using NpgsqlTypes;

namespace BenchLab.Infra.Seed;

/// <summary>Feeds rows into PostgreSQL's binary COPY.</summary>
public sealed class BinaryImportRowWriter(NpgsqlBinaryImporter importer) : IRowWriter
{
    public void StartRow() => importer.StartRow();

    public void Write(int value) => importer.Write(value, NpgsqlDbType.Integer);

    public void Write(string value) => importer.Write(value, NpgsqlDbType.Text);

    public void Write(DateTime value) => importer.Write(value, NpgsqlDbType.Timestamp);

    public void Write(DateOnly value) => importer.Write(value, NpgsqlDbType.Date);

    public void Write(Guid value) => importer.Write(value, NpgsqlDbType.Uuid);

    public void WriteJson(string json) => importer.Write(json, NpgsqlDbType.Jsonb);
}
