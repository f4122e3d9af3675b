namespace BenchLab.Infra.Reset;

/// <summary>One reset procedure of contract §2.6 (R-users, R-bulk, …). Returns one line saying what it did.</summary>
public interface IResetProcedure
{
    /// <summary>The name used on the command line: <c>users</c>, <c>bulk</c>, …</summary>
    string Name { get; }

    /// <summary>The contract's name: <c>R-users</c>, …</summary>
    string ContractName { get; }

    Task<string> RunAsync(ResetTarget target, CancellationToken cancellationToken = default);
}
