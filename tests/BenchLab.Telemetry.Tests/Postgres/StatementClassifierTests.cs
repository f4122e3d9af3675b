using BenchLab.Telemetry.Postgres;

namespace BenchLab.Telemetry.Tests.Postgres;

public sealed class StatementClassifierTests
{
    [Theory]
    [InlineData("SELECT id, name, email, created_at FROM users WHERE id = $1", StatementKind.Data)]
    [InlineData("INSERT INTO users (name, email) VALUES ($1, $2) RETURNING id", StatementKind.Data)]
    [InlineData("  update products set stock = $1 where id = $2", StatementKind.Data)]
    [InlineData("WITH a AS (SELECT $1) SELECT * FROM a", StatementKind.Data)]
    [InlineData("TRUNCATE bulk_items RESTART IDENTITY", StatementKind.Data)]
    [InlineData("SELECT $1", StatementKind.Data)]
    [InlineData("DISCARD ALL", StatementKind.ConnectionReset)]
    [InlineData("discard all;", StatementKind.ConnectionReset)]
    [InlineData("RESET ALL", StatementKind.ConnectionReset)]
    [InlineData("SET SESSION AUTHORIZATION DEFAULT", StatementKind.ConnectionReset)]
    [InlineData("SELECT pg_advisory_unlock_all()", StatementKind.ConnectionReset)]
    [InlineData("CLOSE ALL", StatementKind.ConnectionReset)]
    [InlineData("UNLISTEN *", StatementKind.ConnectionReset)]
    [InlineData("DISCARD SEQUENCES", StatementKind.ConnectionReset)]
    [InlineData("DISCARD TEMP", StatementKind.ConnectionReset)]
    [InlineData("BEGIN", StatementKind.Transaction)]
    [InlineData("BEGIN ISOLATION LEVEL SERIALIZABLE", StatementKind.Transaction)]
    [InlineData("START TRANSACTION", StatementKind.Transaction)]
    [InlineData("COMMIT", StatementKind.Transaction)]
    [InlineData("ROLLBACK", StatementKind.Transaction)]
    [InlineData("SAVEPOINT s1", StatementKind.Transaction)]
    [InlineData("RELEASE SAVEPOINT s1", StatementKind.Transaction)]
    [InlineData("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", StatementKind.Transaction)]
    [InlineData("SET extra_float_digits = 3", StatementKind.Session)]
    [InlineData("SHOW TRANSACTION ISOLATION LEVEL", StatementKind.Session)]
    [InlineData("SELECT version()", StatementKind.DriverCatalog)]
    [InlineData("SELECT ns.nspname, t.oid, t.typname, t.typtype FROM pg_type AS t JOIN pg_namespace AS ns ON ns.oid = t.typnamespace", StatementKind.DriverCatalog)]
    [InlineData("/* comment */ -- line\n COMMIT", StatementKind.Transaction)]
    public void Statements_are_sorted_into_kinds(string query, StatementKind expected)
    {
        Assert.Equal(expected, StatementClassifier.Classify(query));
    }

    [Fact]
    public void Only_data_statements_count()
    {
        Assert.True(StatementClassifier.IsCounted(StatementKind.Data));
        Assert.All(Enum.GetValues<StatementKind>().Where(k => k != StatementKind.Data), k => Assert.False(StatementClassifier.IsCounted(k)));
    }
}
