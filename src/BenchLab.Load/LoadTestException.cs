namespace BenchLab.Load;

/// <summary>A test that cannot run as described (invalid settings, an unreachable target, a failing setup);
/// the message says what is wrong and how to mend it.</summary>
public sealed class LoadTestException : Exception
{
    public LoadTestException(string message) : base(message) { }

    public LoadTestException(string message, Exception inner) : base(message, inner) { }

    public LoadTestException() { }

    /// <summary>True when the test's settings are wrong (a usage mistake), false when the run itself failed.</summary>
    public bool IsUsageError { get; init; }
}
