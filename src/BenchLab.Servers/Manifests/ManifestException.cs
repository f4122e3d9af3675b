namespace BenchLab.Servers.Manifests;

/// <summary>A server.json the lab cannot use, with every problem found in it (not only the first).</summary>
public sealed class ManifestException : Exception
{
    public ManifestException(string manifestPath, IReadOnlyList<string> problems)
        : base(Summarise(manifestPath, problems))
    {
        ManifestPath = manifestPath;
        Problems = problems;
    }

    public ManifestException() : this("server.json", []) { }

    public ManifestException(string message) : this(message, []) { }

    public ManifestException(string message, Exception inner) : base(message, inner)
    {
        ManifestPath = "server.json";
        Problems = [message];
    }

    public string ManifestPath { get; } = "server.json";

    public IReadOnlyList<string> Problems { get; } = [];

    private static string Summarise(string path, IReadOnlyList<string> problems) => problems.Count switch
    {
        0 => $"{path} cannot be used",
        1 => $"{path}: {problems[0]}",
        _ => $"{path} has {problems.Count} problems: " + string.Join(" ", problems.Select((problem, i) => $"({i + 1}) {problem}")),
    };
}
