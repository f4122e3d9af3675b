namespace BenchLab.Infra.Database;

/// <summary>
/// Splits a trusted SQL script (db/schema.sql) into statements: line comments removed, split at semicolons.
/// Enough for DDL without string literals holding ';' — which the schema check in the tests guards.
/// </summary>
public static class SqlStatements
{
    public static IReadOnlyList<string> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var withoutComments = string.Join('\n', script.Split('\n').Select(line =>
        {
            var comment = line.IndexOf("--", StringComparison.Ordinal);
            return comment >= 0 ? line[..comment] : line;
        }));
        return [.. withoutComments.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0)];
    }
}
