using System.Text.RegularExpressions;

namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// Sorts the (normalised) statement texts of pg_stat_statements into <see cref="StatementKind"/>s. Only
/// <see cref="StatementKind.Data"/> counts as a statement of a request (the contract's Q); everything else is
/// what drivers and pools send around the data statements. Utility statements keep their literal text in
/// PostgreSQL 15 and a multi-statement string is tracked statement by statement, so the reset string
/// <c>SET SESSION AUTHORIZATION DEFAULT; RESET ALL; … SELECT pg_advisory_unlock_all(); …</c> arrives in pieces.
/// </summary>
public static partial class StatementClassifier
{
    public static StatementKind Classify(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = Normalise(query);
        if (ConnectionReset().IsMatch(text))
        {
            return StatementKind.ConnectionReset;
        }
        if (Transaction().IsMatch(text))
        {
            return StatementKind.Transaction;
        }
        if (Session().IsMatch(text))
        {
            return StatementKind.Session;
        }
        if (DriverCatalog().IsMatch(text))
        {
            return StatementKind.DriverCatalog;
        }
        return StatementKind.Data;
    }

    /// <summary>Whether a statement of this kind counts as a data statement of a request.</summary>
    public static bool IsCounted(StatementKind kind) => kind == StatementKind.Data;

    /// <summary>Upper case, one space between words, no comments, no trailing semicolon.</summary>
    private static string Normalise(string query)
    {
        var text = LineComment().Replace(query, " ");
        text = BlockComment().Replace(text, " ");
        text = Whitespace().Replace(text, " ").Trim().TrimEnd(';').Trim();
        return text.ToUpperInvariant();
    }

    [GeneratedRegex(@"^(DISCARD (ALL|PLANS|SEQUENCES|TEMP|TEMPORARY)|RESET ALL|SET SESSION AUTHORIZATION DEFAULT|RESET SESSION AUTHORIZATION|CLOSE ALL|UNLISTEN \*|DEALLOCATE (PREPARE )?ALL|SELECT (PG_CATALOG\.)?PG_ADVISORY_UNLOCK_ALL\(\))$")]
    private static partial Regex ConnectionReset();

    [GeneratedRegex(@"^(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE TRANSACTION|SET TRANSACTION|SET SESSION CHARACTERISTICS AS TRANSACTION|SET LOCAL TRANSACTION)\b")]
    private static partial Regex Transaction();

    [GeneratedRegex(@"^(SET|RESET|SHOW)\b")]
    private static partial Regex Session();

    // Catalog reads a server's own statements never make: Npgsql's type loader (pg_type, pg_attribute, pg_enum,
    // pg_range, …), JDBC/asyncpg introspection, and the version query drivers send on connect.
    [GeneratedRegex(@"^SELECT (PG_CATALOG\.)?VERSION\(\)$|\bPG_(CATALOG\.PG_)?(TYPE|ATTRIBUTE|ENUM|RANGE|NAMESPACE|PROC)\b")]
    private static partial Regex DriverCatalog();

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
