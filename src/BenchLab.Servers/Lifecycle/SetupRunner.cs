using System.Security.Cryptography;
using System.Text;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// Runs a manifest's <c>setup</c> steps in order. A step is skipped while the hash of its command and its input
/// files is the one stamped after its last success and its outputs exist; stamps live under the lab's state folder
/// (<c>.benchlab/setup/NAME/</c>), never in the server's folder.
/// </summary>
public static class SetupRunner
{
    /// <summary>Runs the steps that are due; returns how many ran (the others were current).</summary>
    public static async Task<int> RunAsync(ServerManifest manifest, string stateDirectory, ServerRunFolder folder, Action<string> log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var stamps = Path.Combine(stateDirectory, "setup", manifest.Name);
        var ran = 0;
        for (var index = 0; index < manifest.Setup.Count; index++)
        {
            var step = manifest.Setup[index];
            var stamp = Path.Combine(stamps, $"step-{index}.sha256");
            var hash = Hash(step, manifest.WorkingDirectory);
            var outputsExist = step.Outputs.All(output => Path.Exists(Path.Combine(manifest.WorkingDirectory, output)));
            if (outputsExist && File.Exists(stamp) && await File.ReadAllTextAsync(stamp, cancellationToken) == hash)
            {
                continue;
            }
            log($"setting up {manifest.Name}: {step.Run}");
            await ServerBuilder.RunToEndAsync(manifest, step.Run, "setting up", folder, cancellationToken);
            var missing = step.Outputs.Where(output => !Path.Exists(Path.Combine(manifest.WorkingDirectory, output))).ToList();
            if (missing.Count > 0)
            {
                throw new ServerException($"setting up {manifest.Name} ({step.Run}) succeeded but left no {string.Join(", ", missing)} (its declared outputs); log: {folder.BuildLog}");
            }
            Directory.CreateDirectory(stamps);
            await File.WriteAllTextAsync(stamp, hash, cancellationToken);
            ran++;
        }
        return ran;
    }

    /// <summary>The SHA-256 of the step's words and of each input (a file's bytes, or a folder's files by relative path).</summary>
    public static string Hash(SetupStep step, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(step);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\0', step.Run.Words) + "\n"));
        foreach (var input in step.Inputs)
        {
            var full = Path.Combine(workingDirectory, input);
            IEnumerable<string> files = Directory.Exists(full)
                ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : File.Exists(full) ? [full] : [];
            hash.AppendData(Encoding.UTF8.GetBytes($"input {input}\n"));
            foreach (var file in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(workingDirectory, file) + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
