using BenchLab.Infra.Processes;

namespace BenchLab.Infra.Prerequisites;

/// <summary>
/// Installs Debian packages the lab needs. Only root may: anyone else gets the exact command to run.
/// Package scripts would start a system-wide PostgreSQL on 5432 and a Redis on 6379; a temporary
/// policy-rc.d forbids that, so installing leaves no server running that the lab did not start.
/// </summary>
public static class AptInstaller
{
    private const string PolicyFile = "/usr/sbin/policy-rc.d";

    public static string CommandFor(IReadOnlyCollection<string> packages) =>
        $"sudo apt-get install -y {string.Join(' ', packages)}";

    public static async Task InstallAsync(IReadOnlyCollection<string> packages, string why, Action<string> log, CancellationToken cancellationToken = default)
    {
        if (!ServiceAccount.CurrentUserIsRoot)
        {
            throw new UsageException($"{why} is not installed; install it with: {CommandFor(packages)}");
        }
        log($"{why} is missing: installing {string.Join(' ', packages)} with apt-get (this happens once per machine)");

        var ownPolicy = !File.Exists(PolicyFile);
        if (ownPolicy)
        {
            await File.WriteAllTextAsync(PolicyFile, "#!/bin/sh\n# written by BenchLab while it installs packages: start no services\nexit 101\n", cancellationToken);
            File.SetUnixFileMode(PolicyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        try
        {
            var install = await AptGetAsync(["install", "-y", "--no-install-recommends", .. packages], cancellationToken);
            if (!install.Succeeded)
            {
                // A fresh machine has empty package lists: refresh them once and try again.
                log("apt-get could not find the packages; running apt-get update first");
                var update = await AptGetAsync(["update"], cancellationToken);
                if (!update.Succeeded)
                {
                    throw new InfraException($"apt-get update failed: {LastLines(update.Diagnostics)}");
                }
                install = await AptGetAsync(["install", "-y", "--no-install-recommends", .. packages], cancellationToken);
            }
            if (!install.Succeeded)
            {
                throw new InfraException($"apt-get install {string.Join(' ', packages)} failed: {LastLines(install.Diagnostics)}");
            }
            log($"installed {string.Join(' ', packages)}");
        }
        finally
        {
            if (ownPolicy)
            {
                File.Delete(PolicyFile);
            }
        }
    }

    private static Task<CommandResult> AptGetAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(
            "apt-get",
            ["-o", "Dpkg::Options::=--force-confdef", "-o", "Dpkg::Options::=--force-confold", .. arguments],
            TimeSpan.FromMinutes(15),
            new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" },
            cancellationToken: cancellationToken);

    private static string LastLines(string text) => string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
}
