using BenchLab.Infra.Processes;

namespace BenchLab.Servers.Lifecycle;

/// <summary>What dpkg knows of some Debian packages: whether each is installed, and its version.</summary>
public static class DebianPackages
{
    /// <summary>An installed package and its version.</summary>
    public sealed record Installed(string Package, string Version);

    /// <summary>
    /// The packages of <paramref name="packages"/> that dpkg reports as installed, by name. One dpkg-query for all:
    /// a package dpkg has never heard of is reported on its stderr and simply not listed.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Installed>> QueryAsync(IReadOnlyList<string> packages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(packages);
        if (packages.Count == 0)
        {
            return new Dictionary<string, Installed>();
        }
        var result = await CommandRunner.RunAsync("dpkg-query", ["-W", "-f", "${Package}\t${db:Status-Status}\t${Version}\n", .. packages], TimeSpan.FromSeconds(30), cancellationToken: cancellationToken);
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 3 && fields[1] == "installed")
            // Multi-arch packages are listed as name:arch.
            .Select(fields => new Installed(fields[0].Split(':')[0], fields[2]))
            .DistinctBy(package => package.Package)
            .ToDictionary(package => package.Package, StringComparer.Ordinal);
    }
}
