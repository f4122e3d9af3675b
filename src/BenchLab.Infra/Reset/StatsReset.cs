using BenchLab.Infra.Database;
using Npgsql;

namespace BenchLab.Infra.Reset;

/// <summary>
/// The reset half of R-stats: <c>pg_stat_statements_reset(benchmark role, this database, 0)</c>, so that later
/// statement counts see only the server's work in this database. (The snapshots belong to telemetry.)
/// </summary>
public sealed class StatsReset : IResetProcedure
{
    public string Name => "stats";

    public string ContractName => "R-stats";

    public async Task<string> RunAsync(ResetTarget target, CancellationToken cancellationToken = default)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT pg_stat_statements_reset((SELECT oid FROM pg_roles WHERE rolname = $1), (SELECT oid FROM pg_database WHERE datname = $2), 0)",
            connection);
        command.Parameters.AddWithValue(LabDatabases.Role);
        command.Parameters.AddWithValue(target.Database);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return $"pg_stat_statements: reset for role {LabDatabases.Role} in {target.Database}";
    }
}
