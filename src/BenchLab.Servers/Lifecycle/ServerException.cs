namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// A server under test failed to build, start or become ready. The message names the server, what happened and
/// where its output was kept; the CLI prints it as one line and exits 1.
/// </summary>
public sealed class ServerException : Exception
{
    public ServerException(string message) : base(message) { }

    public ServerException(string message, Exception inner) : base(message, inner) { }

    public ServerException() { }
}
