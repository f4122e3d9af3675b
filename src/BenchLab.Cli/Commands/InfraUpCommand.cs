using System.ComponentModel;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Postgres;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Start (or reuse) PostgreSQL 15 and Redis on loopback, create the benchmark role and seed the database.")]
public sealed class InfraUpCommand : AsyncCommand<InfraSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InfraSettings settings, CancellationToken cancellationToken)
    {
        await UpAndPrintAsync(settings, cancellationToken);
        return 0;
    }

    /// <summary>Brings PostgreSQL and Redis up (seeding when needed) and prints how to reach them.</summary>
    public static async Task<InfraEndpoints> UpAndPrintAsync(InfraSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var infrastructure = new LabInfrastructure(LabLayout.Discover(), LabConsole.Progress);
        var endpoints = await infrastructure.UpAsync(settings.ToOptions(), cancellationToken);
        InfraStatusPrinter.Print(endpoints, await PostgresInspector.InspectAsync(endpoints.Superuser, cancellationToken));
        return endpoints;
    }
}
