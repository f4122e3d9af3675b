using BenchLab.Infra;
using BenchLab.Infra.Prerequisites;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// A manifest's <c>requires</c>: missing Debian packages are installed with apt-get as root (as the lab installs
/// PostgreSQL and Redis), otherwise the exact command is named; then every required program must be found.
/// </summary>
public static class RequirementCheck
{
    public static async Task EnsureAsync(ServerManifest manifest, Action<string> log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var missing = await MissingPackagesAsync(manifest.Requires.AptPackages, cancellationToken);
        if (missing.Count > 0)
        {
            try
            {
                await AptInstaller.InstallAsync(missing, $"{manifest.Name} needs {string.Join(", ", missing)}, which", log, cancellationToken);
            }
            catch (UsageException e)
            {
                throw new MissingRequirementException($"servers/{manifest.Name} needs Debian packages that are not installed; install them with: {AptInstaller.CommandFor(missing)}", e);
            }
        }
        foreach (var command in manifest.Requires.Commands)
        {
            if (Locate(command) is null)
            {
                throw new MissingRequirementException($"servers/{manifest.Name} needs the program '{command}' (requires.commands), which is not on PATH; install it and run again");
            }
        }
    }

    /// <summary>The packages of <paramref name="packages"/> that dpkg does not report as installed.</summary>
    public static async Task<IReadOnlyList<string>> MissingPackagesAsync(IReadOnlyList<string> packages, CancellationToken cancellationToken = default)
    {
        var installed = await DebianPackages.QueryAsync(packages, cancellationToken);
        return [.. packages.Where(package => !installed.ContainsKey(package))];
    }

    /// <summary>The full path of <paramref name="command"/> (absolute, or found on PATH); null when there is none.</summary>
    public static string? Locate(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(command) ? command : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, command))
            .FirstOrDefault(File.Exists);
    }
}
