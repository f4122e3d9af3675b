using BenchLab.Infra.Postgres;
using BenchLab.Infra.Seed;
using Npgsql;

namespace BenchLab.Infra.Database;

/// <summary>
/// Creates what the servers and scenarios need inside a PostgreSQL server: the <c>benchmark</c> role, the seeded
/// template database, and databases cloned from it (<c>benchmark</c> itself, and one per test that changes
/// shared state). A database counts as seeded only when its comment carries the current
/// <see cref="SchemaScript.Version"/>, written as the seed's last step.
/// </summary>
public sealed class DatabaseProvisioner(PostgresEndpoint superuser, Action<string> log)
{
    private const long TemplateLockKey = 0x62656E63686C6162; // "benchlab"

    private string AdminConnectionString => new NpgsqlConnectionStringBuilder(superuser.WithDatabase("postgres").ToLabConnectionString("benchlab-admin"))
    {
        // Pooled connections would linger and block CREATE DATABASE … TEMPLATE; admin work is rare.
        Pooling = false,
    }.ConnectionString;

    public static string SeedComment => $"benchlab {SchemaScript.Embedded.Version}";

    /// <summary>Role, seeded template and the benchmark database, each created only when missing or outdated.</summary>
    public async Task EnsureAllAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRoleAsync(cancellationToken);
        await EnsureTemplateAsync(cancellationToken);
        if (await SeedVersionOfAsync(LabDatabases.Benchmark, cancellationToken) != SeedComment)
        {
            await RecreateAsync(LabDatabases.Benchmark, cancellationToken);
        }
    }

    public async Task EnsureRoleAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAdminAsync(cancellationToken);
        await connection.ExecuteAsync($"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{LabDatabases.Role}') THEN
                CREATE ROLE {LabDatabases.Role} LOGIN PASSWORD '{LabDatabases.RolePassword}';
              END IF;
            END $$
            """, cancellationToken);
    }

    /// <summary>Seeds the template unless it already holds the current seed. Returns true when it seeded.</summary>
    public Task<bool> EnsureTemplateAsync(CancellationToken cancellationToken = default) => SeedTemplateAsync(force: false, cancellationToken);

    /// <summary>Seeds the template again even when it is current.</summary>
    public Task<bool> ReseedTemplateAsync(CancellationToken cancellationToken = default) => SeedTemplateAsync(force: true, cancellationToken);

    private async Task<bool> SeedTemplateAsync(bool force, CancellationToken cancellationToken)
    {
        await using var lockConnection = await OpenAdminAsync(cancellationToken);
        // Two lab processes starting at once must not seed the same template twice.
        await lockConnection.ExecuteAsync($"SELECT pg_advisory_lock({TemplateLockKey})", cancellationToken);
        try
        {
            if (!force && await SeedVersionOfAsync(LabDatabases.Template, cancellationToken) == SeedComment)
            {
                return false;
            }
            log($"seeding {LabDatabases.Template} ({SchemaScript.Embedded.Version})");
            await DropAsync(LabDatabases.Template, cancellationToken);
            await CreateEmptyAsync(LabDatabases.Template, cancellationToken);
            await SeedIntoAsync(LabDatabases.Template, cancellationToken);
            await lockConnection.ExecuteAsync($"ALTER DATABASE {LabDatabases.Template} WITH IS_TEMPLATE true", cancellationToken);
            await lockConnection.ExecuteAsync($"COMMENT ON DATABASE {LabDatabases.Template} IS '{SeedComment}'", cancellationToken);
            return true;
        }
        finally
        {
            await lockConnection.ExecuteAsync($"SELECT pg_advisory_unlock({TemplateLockKey})", CancellationToken.None);
        }
    }

    /// <summary>An empty database as contract §2.1 wants it: owned by benchmark, UTF8, collation C.</summary>
    public async Task CreateEmptyAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAdminAsync(cancellationToken);
        await connection.ExecuteAsync($"CREATE DATABASE {Quote(database)} OWNER {LabDatabases.Role} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'", cancellationToken);
    }

    /// <summary>Creates the extension and loads the seed into an existing empty database, as its owner.</summary>
    public async Task<SeedReport> SeedIntoAsync(string database, CancellationToken cancellationToken = default)
    {
        var inDatabase = new NpgsqlConnectionStringBuilder(superuser.WithDatabase(database).ToLabConnectionString("benchlab-admin")) { Pooling = false }.ConnectionString;
        await using (var connection = new NpgsqlConnection(inDatabase))
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", cancellationToken);
        }
        var owner = superuser.WithLogin(LabDatabases.Role, LabDatabases.RolePassword).WithDatabase(database);
        var report = await new DatabaseSeeder(owner, log).SeedAsync(cancellationToken);
        NpgsqlConnection.ClearAllPools();
        return report;
    }

    /// <summary>Drops <paramref name="database"/> (disconnecting its sessions) and clones it from the seeded template.</summary>
    public async Task RecreateAsync(string database, CancellationToken cancellationToken = default)
    {
        await DropAsync(database, cancellationToken);
        await CloneAsync(database, cancellationToken);
    }

    /// <summary>A new database holding exactly the seeded data (a file copy of the template: about a second).</summary>
    public async Task CloneAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAdminAsync(cancellationToken);
        await connection.ExecuteAsync($"CREATE DATABASE {Quote(database)} OWNER {LabDatabases.Role} TEMPLATE {LabDatabases.Template} STRATEGY FILE_COPY", cancellationToken);
        await connection.ExecuteAsync($"COMMENT ON DATABASE {Quote(database)} IS '{SeedComment}'", cancellationToken);
    }

    public async Task DropAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAdminAsync(cancellationToken);
        await using (var isTemplate = new NpgsqlCommand("SELECT datistemplate FROM pg_database WHERE datname = $1", connection))
        {
            isTemplate.Parameters.AddWithValue(database);
            // PostgreSQL refuses to drop a template database until it is marked as an ordinary one.
            if (await isTemplate.ExecuteScalarAsync(cancellationToken) is true)
            {
                await connection.ExecuteAsync($"ALTER DATABASE {Quote(database)} WITH IS_TEMPLATE false", cancellationToken);
            }
        }
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)", cancellationToken);
    }

    /// <summary>The seed comment of a database, or null when it does not exist or was never (fully) seeded.</summary>
    public async Task<string?> SeedVersionOfAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAdminAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", connection);
        command.Parameters.AddWithValue(database);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private Task<NpgsqlConnection> OpenAdminAsync(CancellationToken cancellationToken) =>
        NpgsqlConnectionExtensions.OpenNewAsync(AdminConnectionString, cancellationToken);


    /// <summary>Quotes an identifier; database names come from the lab (fixed names, test ids), never from users.</summary>
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
