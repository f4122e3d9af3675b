using System.Security.Cryptography;
using System.Text;
using BenchLab.Infra.Processes;

namespace BenchLab.Infra.Layout;

/// <summary>
/// The files of one named set of PostgreSQL + Redis instances. State (pid and port files, Redis) lives under
/// <c>.benchlab/infra/NAME</c>; PostgreSQL's data lives there too when its unprivileged account can reach the
/// checkout, otherwise under <c>BENCHLAB_DATA_DIR</c> or <c>/var/tmp/benchlab-HASH</c> (a checkout in a 0700
/// folder, as CI's fresh clone, cannot be entered by the <c>postgres</c> account).
/// </summary>
public sealed class InstanceLayout
{
    public const string DataDirectoryVariable = "BENCHLAB_DATA_DIR";

    private InstanceLayout(string name, string stateDirectory, string postgresRoot)
    {
        Name = name;
        StateDirectory = stateDirectory;
        PostgresRoot = postgresRoot;
    }

    public string Name { get; }

    public string StateDirectory { get; }

    /// <summary>Folder owned by PostgreSQL's account: the cluster and its log.</summary>
    public string PostgresRoot { get; }

    /// <summary>True when PostgreSQL's files sit inside the checkout's .benchlab/ folder.</summary>
    public bool PostgresInsideCheckout(LabLayout lab) =>
        PostgresRoot.StartsWith(lab.RepositoryRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public string PostgresDataDirectory => Path.Combine(PostgresRoot, "data");

    public string PostgresLogFile => Path.Combine(PostgresRoot, "postgres.log");

    public string PostgresStateFile => Path.Combine(StateDirectory, "postgres.json");

    public string RedisDirectory => Path.Combine(StateDirectory, "redis");

    public string RedisStateFile => Path.Combine(StateDirectory, "redis.json");


    /// <summary>Where the layout would put things, without creating anything (for status and down).</summary>
    public static InstanceLayout Describe(LabLayout lab, string name)
    {
        var state = lab.InstanceDirectory(name);
        var recorded = Path.Combine(state, "postgres-root");
        var root = File.Exists(recorded) ? File.ReadAllText(recorded).Trim() : Path.Combine(state, "postgres");
        return new InstanceLayout(name, state, root);
    }

    /// <summary>Creates the folders, choosing a PostgreSQL folder that <paramref name="account"/> can write.</summary>
    public static async Task<InstanceLayout> PrepareAsync(LabLayout lab, string name, ServiceAccount account, CancellationToken cancellationToken = default)
    {
        var state = lab.InstanceDirectory(name);
        Directory.CreateDirectory(state);
        var root = await ChoosePostgresRootAsync(lab, name, state, account, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(state, "postgres-root"), root, cancellationToken);
        return new InstanceLayout(name, state, root);
    }

    private static async Task<string> ChoosePostgresRootAsync(LabLayout lab, string name, string state, ServiceAccount account, CancellationToken cancellationToken)
    {
        var overridden = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            var chosen = Path.Combine(Path.GetFullPath(overridden), name);
            await CreateOwnedAsync(chosen, account, cancellationToken);
            if (!await account.CanWriteAsync(chosen, cancellationToken))
            {
                throw new UsageException($"{DataDirectoryVariable}={overridden} is not writable by the {account.UserName} account; choose a folder it can enter (e.g. /var/tmp/benchlab)");
            }
            return chosen;
        }

        var inCheckout = Path.Combine(state, "postgres");
        await CreateOwnedAsync(inCheckout, account, cancellationToken);
        if (await account.CanWriteAsync(inCheckout, cancellationToken))
        {
            return inCheckout;
        }

        // The checkout sits where the account cannot go: keep one folder per checkout outside it.
        Directory.Delete(inCheckout, recursive: true);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lab.RepositoryRoot)))[..12];
        var outsideTop = Path.Combine("/var/tmp", $"benchlab-{hash}");
        var outside = Path.Combine(outsideTop, name, "postgres");
        MakeTraversable(outsideTop, Path.Combine(outsideTop, name));
        await CreateOwnedAsync(outside, account, cancellationToken);
        if (!await account.CanWriteAsync(outside, cancellationToken))
        {
            throw new InfraException($"the {account.UserName} account can write neither {inCheckout} nor {outside}; set {DataDirectoryVariable} to a folder it can use");
        }
        return outside;
    }

    private static async Task CreateOwnedAsync(string directory, ServiceAccount account, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await account.TakeOwnershipAsync(directory, cancellationToken);
    }

    /// <summary>Creates <paramref name="folders"/> as rwxr-xr-x whatever the umask, so the account can pass through.</summary>
    private static void MakeTraversable(params string[] folders)
    {
        const UnixFileMode ownerAllOthersEnter = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
            File.SetUnixFileMode(folder, ownerAllOthersEnter);
        }
    }
}
