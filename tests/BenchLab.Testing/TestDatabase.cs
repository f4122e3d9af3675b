using BenchLab.Infra.Database;
using BenchLab.Infra.Postgres;
using Npgsql;

namespace BenchLab.Testing;

/// <summary>
/// A private copy of the seeded database for one test that changes data, statistics or settings: cloned from
/// the template when created, dropped when disposed. Tests that only read may use the shared benchmark database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(PostgresEndpoint superuser, string name)
    {
        Name = name;
        Superuser = superuser.WithDatabase(name);
    }

    public string Name { get; }

    /// <summary>The superuser inside this database (what the lab uses).</summary>
    public PostgresEndpoint Superuser { get; }

    /// <summary>The benchmark role inside this database (what servers under test use).</summary>
    public PostgresEndpoint Server => Superuser.WithLogin(LabDatabases.Role, LabDatabases.RolePassword);

    public static async Task<TestDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var superuser = LabEnvironment.Superuser;
        var name = "test_" + Guid.NewGuid().ToString("N")[..12];
        await new DatabaseProvisioner(superuser, _ => { }).CloneAsync(name, cancellationToken);
        return new TestDatabase(superuser, name);
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Superuser.ToLabConnectionString("benchlab-test")) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await new DatabaseProvisioner(LabEnvironment.Superuser, _ => { }).DropAsync(Name);
    }
}
