using BenchLab.Telemetry.Postgres;
using BenchLab.Testing;
using Npgsql;

namespace BenchLab.Telemetry.Tests.Postgres;

/// <summary>contract §1.4: the delta counts the server role's data statements, and nothing else.</summary>
public sealed class StatementCountingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_delta_counts_exactly_the_data_statements_of_a_scripted_sequence()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var statistics = new PostgresStatistics(database.Superuser);
        var before = await statistics.StatementsAsync(Token);

        await using (var server = ScriptedServer.Pool(database))
        {
            // "Request" 1: three lookups. A pooled connection; Npgsql resets it when it goes back to the pool.
            await using (var connection = await server.OpenConnectionAsync(Token))
            {
                for (var id = 1; id <= 3; id++)
                {
                    await ScriptedServer.QueryAsync(connection, "SELECT id, name FROM users WHERE id = $1", Token, id);
                }
            }
            // 2: a transaction of two statements (BEGIN and COMMIT do not count).
            await using (var connection = await server.OpenConnectionAsync(Token))
            {
                await using var transaction = await connection.BeginTransactionAsync(Token);
                await using (var update = new NpgsqlCommand("UPDATE products SET stock = stock WHERE id = 1", connection, transaction))
                {
                    await update.ExecuteNonQueryAsync(Token);
                }
                await using (var select = new NpgsqlCommand("SELECT stock FROM products WHERE id = 1", connection, transaction))
                {
                    await select.ExecuteScalarAsync(Token);
                }
                await transaction.CommitAsync(Token);
            }
            // 3: explicit transaction control, as some drivers send it.
            await using (var connection = await server.OpenConnectionAsync(Token))
            {
                await ScriptedServer.QueryAsync(connection, "BEGIN", Token);
                await ScriptedServer.QueryAsync(connection, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", Token);
                await ScriptedServer.QueryAsync(connection, "SELECT count(*) FROM authors", Token);
                await ScriptedServer.QueryAsync(connection, "COMMIT", Token);
            }
            // 4: the reset statements other drivers and Npgsql (with prepared statements) send, as literal text.
            await using (var connection = await server.OpenConnectionAsync(Token))
            {
                await ScriptedServer.QueryAsync(connection, "DISCARD ALL", Token);
                await ScriptedServer.QueryAsync(connection, "SET SESSION AUTHORIZATION DEFAULT; RESET ALL; CLOSE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD SEQUENCES; DISCARD TEMP", Token);
            }
        }
        var after = await statistics.StatementsAsync(Token);

        var delta = StatementDelta.Between(before, after);
        Assert.True(delta.Reliable, string.Join("; ", delta.Problems));
        Assert.Equal(3 + 2 + 1, delta.DataStatements);
        Assert.Equal(3 + 1 + 1 + 1, delta.DataRows);
        Assert.Equal(3, delta.Entries.Single(e => e.Query.StartsWith("SELECT id, name FROM users", StringComparison.Ordinal)).Calls);
        Assert.Equal(2 + 2 + 1, delta.Excluded[StatementKind.Transaction]);
        // The eight literal resets, plus those Npgsql sent itself when connections came back from the pool.
        Assert.True(delta.Excluded[StatementKind.ConnectionReset] >= 8, $"{delta.Excluded[StatementKind.ConnectionReset]} resets");
        Assert.DoesNotContain(delta.Entries, e => e.Counted && e.Query.Contains("pg_advisory_unlock_all", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_lab_s_own_statements_and_other_databases_never_count()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var other = await TestDatabase.CreateAsync(Token);
        await using var statistics = new PostgresStatistics(database.Superuser);
        var before = await statistics.StatementsAsync(Token);

        // The lab (superuser) in the measured database, and the server role in another database.
        await using (var lab = await database.OpenAsync(Token))
        {
            await ScriptedServer.QueryAsync(lab, "SELECT count(*) FROM users", Token);
        }
        await using (var elsewhere = await ScriptedServer.OpenUnpooledAsync(other, Token))
        {
            await ScriptedServer.QueryAsync(elsewhere, "SELECT count(*) FROM users", Token);
        }
        await using (var server = await ScriptedServer.OpenUnpooledAsync(database, Token))
        {
            await ScriptedServer.QueryAsync(server, "SELECT id FROM users WHERE id = $1", Token, 7);
        }
        var delta = StatementDelta.Between(before, await statistics.StatementsAsync(Token));

        Assert.Equal(1, delta.DataStatements);
        Assert.Equal(1, delta.DataRows);
    }
}
