namespace BenchLab.Servers.Manifests;

/// <summary>
/// No folder under the servers folder holds a server.json of that name. The message lists the servers there are;
/// the command line says which of its options named it (and exits 2).
/// </summary>
public sealed class UnknownServerException : Exception
{
    public UnknownServerException(string name, IReadOnlyList<string> known, string message) : base(message)
    {
        Name = name;
        Known = known;
    }

    public UnknownServerException(string message) : base(message) { }

    public UnknownServerException(string message, Exception inner) : base(message, inner) { }

    public UnknownServerException() { }

    public string Name { get; } = "";

    public IReadOnlyList<string> Known { get; } = [];
}
