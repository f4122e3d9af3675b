using BenchLab.Infra.Processes;

namespace BenchLab.Infra.Prerequisites;

/// <summary>Finds the server programs, installing what is missing (as root) before giving up.</summary>
public static class Prerequisite
{
    public static readonly IReadOnlyList<string> PostgresPackages = ["postgresql-15", "postgresql-contrib"];
    public static readonly IReadOnlyList<string> RedisPackages = ["redis-server"];

    public static async Task<PostgresBinaries> PostgresAsync(Action<string> log, CancellationToken cancellationToken = default)
    {
        var found = PostgresBinaries.Locate();
        if (found is null)
        {
            await AptInstaller.InstallAsync([.. PostgresPackages], "PostgreSQL 15", log, cancellationToken);
            found = PostgresBinaries.Locate() ?? throw new InfraException("PostgreSQL was installed but /usr/lib/postgresql/15/bin/pg_ctl is still missing");
        }
        await EnsureServiceAccountAsync(cancellationToken);
        return found;
    }

    public static async Task<RedisBinaries> RedisAsync(Action<string> log, CancellationToken cancellationToken = default)
    {
        var found = RedisBinaries.Locate();
        if (found is null)
        {
            await AptInstaller.InstallAsync([.. RedisPackages], "Redis (redis-server)", log, cancellationToken);
            found = RedisBinaries.Locate() ?? throw new InfraException("redis-server was installed but is not on PATH or in /usr/bin");
        }
        return found;
    }

    /// <summary>Root runs PostgreSQL as Debian's postgres account; the package creates it, a hand-made install may not.</summary>
    private static async Task EnsureServiceAccountAsync(CancellationToken cancellationToken)
    {
        if (!ServiceAccount.CurrentUserIsRoot)
        {
            return;
        }
        var exists = await CommandRunner.RunAsync("id", ["-u", ServiceAccount.DebianPostgresUser], TimeSpan.FromSeconds(10), cancellationToken: cancellationToken);
        if (exists.Succeeded)
        {
            return;
        }
        var created = await CommandRunner.RunAsync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", ServiceAccount.DebianPostgresUser], TimeSpan.FromSeconds(30), cancellationToken: cancellationToken);
        if (!created.Succeeded)
        {
            throw new InfraException($"cannot create the {ServiceAccount.DebianPostgresUser} account PostgreSQL runs as: {created.Diagnostics}");
        }
    }
}
