using BenchLab.Infra.Processes;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// The versions a server runs on, read from the machine without starting it: each of the manifest's
/// <c>versions</c> commands (its first line of output), then the installed version of every <c>requires.apt</c>
/// package from dpkg. A command that fails gives "unknown (…)", so a listing never breaks on one server.
/// </summary>
public static class ServerVersions
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(ServerManifest manifest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, command) in manifest.Versions)
        {
            versions[name] = await ReadOneAsync(manifest, command, cancellationToken);
        }
        var installed = await DebianPackages.QueryAsync(manifest.Requires.AptPackages, cancellationToken);
        foreach (var package in manifest.Requires.AptPackages)
        {
            versions.TryAdd(package, installed.TryGetValue(package, out var found) ? found.Version : "not installed");
        }
        return versions;
    }

    private static async Task<string> ReadOneAsync(ServerManifest manifest, ServerCommand command, CancellationToken cancellationToken)
    {
        try
        {
            var program = RequirementCheck.Locate(command.Program) ?? command.Program;
            var result = await CommandRunner.RunAsync(program, command.Arguments, Limit, workingDirectory: manifest.WorkingDirectory, cancellationToken: cancellationToken);
            // Some tools print their version on stderr (python2-style --version): take whichever stream has it.
            var text = (string.IsNullOrWhiteSpace(result.StandardOutput) ? result.StandardError : result.StandardOutput).Trim();
            var first = text.Split('\n', 2)[0].Trim();
            return result.Succeeded && first.Length > 0 ? first : $"unknown ({command} exited {result.ExitCode}: {first})";
        }
        catch (BenchLab.Infra.InfraException e)
        {
            return $"unknown ({command}: {e.Message})";
        }
    }
}
