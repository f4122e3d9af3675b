namespace BenchLab.Servers.Manifests;

/// <summary>
/// The servers under test: every <c>servers/*/server.json</c> of the checkout. Adding a server is adding a folder
/// with a manifest; nothing else in the lab names servers.
/// </summary>
public sealed class ServerCatalog(string repositoryRoot)
{
    public const string ServersFolder = "servers";

    /// <summary>Points the lab at another folder of servers (a user's own, or a test's) instead of the checkout's.</summary>
    public const string ServersDirectoryVariable = "BENCHLAB_SERVERS_DIR";

    public string ServersDirectory { get; } = Environment.GetEnvironmentVariable(ServersDirectoryVariable) is { Length: > 0 } overridden
        ? Path.GetFullPath(overridden)
        : Path.Combine(repositoryRoot, ServersFolder);

    /// <summary>Every server's validated manifest; a broken one throws <see cref="ManifestException"/>.</summary>
    public IReadOnlyList<ServerManifest> LoadAll() => [.. Names().Select(Load)];

    /// <summary>The names of the folders that hold a server.json, sorted.</summary>
    public IReadOnlyList<string> Names()
    {
        if (!Directory.Exists(ServersDirectory))
        {
            return [];
        }
        return [.. Directory.EnumerateDirectories(ServersDirectory)
            .Where(folder => File.Exists(Path.Combine(folder, ManifestReader.FileName)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The validated manifest of <paramref name="name"/>. An unknown name is a usage mistake (the message lists
    /// the servers there are); a broken manifest throws <see cref="ManifestException"/> with all its problems.
    /// </summary>
    public ServerManifest Load(string name)
    {
        var names = Names();
        if (!names.Contains(name, StringComparer.Ordinal))
        {
            var known = names.Count == 0 ? $"there are none yet (no {ServersFolder}/*/{ManifestReader.FileName})" : $"choose from {string.Join(", ", names)}";
            throw new UnknownServerException(name, names, $"no server named '{name}' ({ServersDirectory}/{name}/{ManifestReader.FileName} does not exist); {known}");
        }
        return ManifestReader.Read(Path.Combine(ServersDirectory, name, ManifestReader.FileName), $"{Path.GetFileName(ServersDirectory)}/{name}/{ManifestReader.FileName}");
    }
}
