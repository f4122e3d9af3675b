namespace BenchLab.Infra.Seed;

/// <summary>
/// Receives one row's values in column order. The seed writes through this so that the same rules feed
/// PostgreSQL's binary COPY and in-memory checks alike.
/// </summary>
public interface IRowWriter
{
    void Write(int value);

    void Write(string value);

    /// <summary>A <c>TIMESTAMP</c> (without time zone).</summary>
    void Write(DateTime value);

    void Write(DateOnly value);

    void Write(Guid value);

    /// <summary>A <c>JSONB</c> value given as JSON text.</summary>
    void WriteJson(string json);
}
