using BenchLab.Infra.Database;

namespace BenchLab.Infra.Reset;

/// <summary>
/// R-full: the database dropped and recreated with schema and seed. The seeded template is cloned (the same
/// rows a fresh seed writes, already vacuumed and analysed), and the template itself is reseeded first when
/// the schema or seed rules changed. Then <c>pg_stat_statements_reset()</c>.
/// </summary>
public sealed class FullReset(Action<string> log) : IResetProcedure
{
    public string Name => "full";

    public string ContractName => "R-full";

    public async Task<string> RunAsync(ResetTarget target, CancellationToken cancellationToken = default)
    {
        var provisioner = target.Provisioner(log);
        await provisioner.EnsureRoleAsync(cancellationToken);
        var reseeded = await provisioner.EnsureTemplateAsync(cancellationToken);
        await provisioner.RecreateAsync(target.Database, cancellationToken);
        await using var connection = await target.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_stat_statements_reset()", cancellationToken);
        return $"{target.Database}: recreated from {LabDatabases.Template}{(reseeded ? " (template reseeded)" : "")}; pg_stat_statements reset";
    }
}
