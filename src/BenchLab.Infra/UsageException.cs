namespace BenchLab.Infra;

/// <summary>
/// A mistake the user can mend (a bad connection string, a missing prerequisite that needs root to install).
/// The CLI prints <see cref="Exception.Message"/> as one line and exits 2.
/// </summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }

    public UsageException(string message, Exception inner) : base(message, inner) { }

    public UsageException() { }
}
