using BenchLab.Infra.Database;
using BenchLab.Infra.Postgres;
using Npgsql;

namespace BenchLab.Servers.Verification.Statements;

/// <summary>
/// The built-in <see cref="IStatementProfiler"/>: reads pg_stat_statements (as the lab's superuser, whose own
/// statements the role filter leaves out) just before and just after each request and adds up the differences
/// of the server role's statements in the server's database. It never resets the statistics, so a profile
/// disturbs nothing a later measurement reads.
/// </summary>
public sealed class PgStatStatementsProfiler(PostgresEndpoint superuserInServerDatabase, string serverRole = LabDatabases.Role) : IStatementProfiler
{
    private const string SnapshotSql = """
        SELECT s.queryid, s.query, s.calls, s.rows
        FROM pg_stat_statements s
        WHERE s.userid = (SELECT oid FROM pg_roles WHERE rolname = $1)
          AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        """;

    private readonly string _connectionString = superuserInServerDatabase.ToLabConnectionString("benchlab-verify-profile");

    public async Task<StatementProfile> ProfileAsync(string route, int repetitions, Func<int, Task> prepare, Func<int, Task> request, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        var totals = new Dictionary<(long QueryId, string Query), (long Calls, long Rows)>();
        for (var i = 0; i < repetitions; i++)
        {
            await prepare(i);
            var before = await SnapshotAsync(connection, cancellationToken);
            await request(i);
            var after = await SnapshotAsync(connection, cancellationToken);
            foreach (var (key, (calls, rows)) in after)
            {
                var (callsBefore, rowsBefore) = before.GetValueOrDefault(key);
                if (calls == callsBefore || ExcludedStatements.IsExcluded(key.Query))
                {
                    continue;
                }
                var (sumCalls, sumRows) = totals.GetValueOrDefault(key);
                totals[key] = (sumCalls + calls - callsBefore, sumRows + rows - rowsBefore);
            }
        }
        var byStatement = totals.Select(entry => new StatementCount(entry.Key.Query, entry.Value.Calls, entry.Value.Rows)).ToList();
        return new StatementProfile(route, repetitions, byStatement.Sum(count => count.Calls), byStatement.Sum(count => count.Rows), byStatement);
    }

    /// <summary>Whether pg_stat_statements can be read here (the extension exists in the server's database).</summary>
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return await connection.ScalarAsync<bool>("SELECT EXISTS (SELECT FROM pg_extension WHERE extname = 'pg_stat_statements')", cancellationToken);
    }

    private async Task<Dictionary<(long QueryId, string Query), (long Calls, long Rows)>> SnapshotAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(SnapshotSql, connection);
        command.Parameters.AddWithValue(serverRole);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var snapshot = new Dictionary<(long QueryId, string Query), (long Calls, long Rows)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            // queryid can be null for statements whose text is hidden from the reader; the superuser sees all.
            var key = (reader.IsDBNull(0) ? 0 : reader.GetInt64(0), reader.IsDBNull(1) ? "" : reader.GetString(1));
            snapshot[key] = (reader.GetInt64(2), reader.GetInt64(3));
        }
        return snapshot;
    }
}
