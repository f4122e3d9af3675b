namespace BenchLab.Infra.Processes;

/// <summary>
/// The unprivileged account PostgreSQL runs as. PostgreSQL refuses to run as root, and the lab (CI included)
/// usually runs as root, so root delegates to Debian's <c>postgres</c> account through <c>runuser</c>;
/// anyone else runs PostgreSQL as themselves.
/// </summary>
public sealed class ServiceAccount
{
    public const string DebianPostgresUser = "postgres";

    private ServiceAccount(string userName, bool delegated)
    {
        UserName = userName;
        IsDelegated = delegated;
    }

    /// <summary>The account that owns the data folder and runs the server.</summary>
    public string UserName { get; }

    /// <summary>True when the lab runs as root and hands the work to <see cref="UserName"/>.</summary>
    public bool IsDelegated { get; }

    public static bool CurrentUserIsRoot => Environment.UserName == "root";

    public static ServiceAccount ForPostgres() =>
        CurrentUserIsRoot ? new ServiceAccount(DebianPostgresUser, delegated: true) : new ServiceAccount(Environment.UserName, delegated: false);

    public Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!IsDelegated)
        {
            return CommandRunner.RunAsync(program, arguments, timeout, cancellationToken: cancellationToken);
        }
        // runuser keeps root's environment minimal and switches uid without asking for a password.
        var wrapped = new List<string> { "-u", UserName, "--", program };
        wrapped.AddRange(arguments);
        return CommandRunner.RunAsync("runuser", wrapped, timeout, cancellationToken: cancellationToken);
    }

    /// <summary>Makes <paramref name="path"/> (recursively) belong to the service account.</summary>
    public async Task TakeOwnershipAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!IsDelegated)
        {
            return;
        }
        var result = await CommandRunner.RunAsync("chown", ["-R", $"{UserName}:", path], TimeSpan.FromSeconds(60), cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            throw new InfraException($"cannot give {path} to the {UserName} account: {result.Diagnostics}");
        }
    }

    /// <summary>True when the service account can create files in <paramref name="directory"/>.</summary>
    public async Task<bool> CanWriteAsync(string directory, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync("test", ["-w", directory, "-a", "-x", directory], TimeSpan.FromSeconds(10), cancellationToken);
        return result.Succeeded;
    }
}
