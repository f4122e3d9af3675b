using System.Security.Cryptography;
using System.Text;

namespace BenchLab.Infra.Database;

/// <summary>
/// db/schema.sql, embedded in the assembly: the tables (run before the rows are copied) and the post-load part
/// (indexes, run after), split at the <c>-- post-load</c> marker.
/// </summary>
public sealed class SchemaScript
{
    private const string PostLoadMarker = "-- post-load";

    /// <summary>Bump when a seed rule in src/BenchLab.Infra/Seed changes, so existing databases get reseeded.</summary>
    public const int SeedRulesVersion = 1;

    private SchemaScript(string text)
    {
        var marker = text.IndexOf(PostLoadMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new InvalidOperationException($"db/schema.sql has no '{PostLoadMarker}' marker");
        }
        Tables = text[..marker];
        PostLoad = text[marker..];
        Version = $"schema-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12]}-seed-{SeedRulesVersion}";
    }

    public string Tables { get; }

    public string PostLoad { get; }

    /// <summary>Identifies schema text plus seed rules; stored as the database comment of seeded databases.</summary>
    public string Version { get; }

    public static SchemaScript Embedded { get; } = Load();

    private static SchemaScript Load()
    {
        using var stream = typeof(SchemaScript).Assembly.GetManifestResourceStream("BenchLab.Infra.schema.sql")
            ?? throw new InvalidOperationException("db/schema.sql is not embedded in BenchLab.Infra");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new SchemaScript(reader.ReadToEnd());
    }
}
