namespace BenchLab.Servers.Lifecycle;

/// <summary>
/// A server needs something the machine lacks and the lab cannot install (not root, or a program no package
/// brings). The message says what and how to mend it; the CLI prints it as one line and exits 2.
/// </summary>
public sealed class MissingRequirementException : Exception
{
    public MissingRequirementException(string message) : base(message) { }

    public MissingRequirementException(string message, Exception inner) : base(message, inner) { }

    public MissingRequirementException() { }
}
