namespace BenchLab.Infra;

/// <summary>
/// The lab's own infrastructure failed (PostgreSQL would not start, a seed step failed).
/// The message says what failed and where its log is; the CLI exits 1.
/// </summary>
public sealed class InfraException : Exception
{
    public InfraException(string message) : base(message) { }

    public InfraException(string message, Exception inner) : base(message, inner) { }

    public InfraException() { }
}
