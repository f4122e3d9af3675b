using NpgsqlTypes;

namespace BenchLab.Infra.Seed;

/// <summary>One column a seed writes, with the PostgreSQL type its binary COPY uses.</summary>
public sealed record SeedColumn(string Name, NpgsqlDbType Type);
