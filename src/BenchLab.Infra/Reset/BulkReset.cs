using BenchLab.Infra.Database;

namespace BenchLab.Infra.Reset;

/// <summary>R-bulk: <c>TRUNCATE bulk_items RESTART IDENTITY</c> (scenario 12 runs it before and after).</summary>
public sealed class BulkReset : IResetProcedure
{
    public string Name => "bulk";

    public string ContractName => "R-bulk";

    public async Task<string> RunAsync(ResetTarget target, CancellationToken cancellationToken = default)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        var rows = await connection.ScalarAsync<long>("SELECT count(*) FROM bulk_items", cancellationToken);
        await connection.ExecuteAsync("TRUNCATE bulk_items RESTART IDENTITY", cancellationToken);
        return $"bulk_items: truncated {rows} rows";
    }
}
