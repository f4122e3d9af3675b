namespace BenchLab.Servers.Verification;

/// <summary>
/// The checks of one section of the contract (basic, pagination, …, bad input). A group runs when the server
/// implements any of its scenarios; inside, it may skip the routes of scenarios the server does not implement.
/// </summary>
public abstract class CheckGroup
{
    /// <summary>The name <c>--only</c> takes, e.g. "pagination".</summary>
    public abstract string Name { get; }

    /// <summary>The contract section, e.g. "§3.2".</summary>
    public abstract string Section { get; }

    /// <summary>The scenario ids whose routes the group checks.</summary>
    public abstract IReadOnlyList<string> Scenarios { get; }

    public abstract Task RunAsync(VerifyRun run);
}
