using System.Text.RegularExpressions;

namespace BenchLab.Servers.Verification.Statements;

/// <summary>
/// Statements that are not data statements (SCENARIOS.md §1.4): transaction control (BEGIN, COMMIT, ROLLBACK,
/// SET TRANSACTION, savepoints) and what drivers send to reset a pooled connection — Npgsql's <c>DISCARD ALL</c>,
/// or <c>SET SESSION AUTHORIZATION DEFAULT; RESET ALL; CLOSE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all();
/// DISCARD SEQUENCES; DISCARD TEMP</c> where DISCARD ALL is not allowed.
/// </summary>
public static partial class ExcludedStatements
{
    public static bool IsExcluded(string query) => Control().IsMatch(query) || AdvisoryUnlockAll().IsMatch(query);

    [GeneratedRegex(@"^\s*(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|SET\s+TRANSACTION|SET\s+SESSION\s+AUTHORIZATION\s+DEFAULT|DISCARD|RESET\s+ALL|CLOSE\s+ALL|UNLISTEN\s+\*)(?=\s|;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Control();

    [GeneratedRegex(@"^\s*SELECT\s+pg_advisory_unlock_all\s*\(\s*\)\s*;?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AdvisoryUnlockAll();
}
