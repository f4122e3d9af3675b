using System.ComponentModel;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Postgres;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Show whether PostgreSQL and Redis run, their ports, connection strings (URI and Npgsql forms) and settings. Exit 1 when they are not up.")]
public sealed class InfraStatusCommand : AsyncCommand<InfraSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InfraSettings settings, CancellationToken cancellationToken)
    {
        var infrastructure = new LabInfrastructure(LabLayout.Discover(), LabConsole.Progress);
        var endpoints = infrastructure.FindRunning(settings.ToOptions());
        if (endpoints is null)
        {
            Console.Out.WriteLine($"PostgreSQL and Redis of instance '{settings.Instance}' are not both running. Start them with: ./benchlab infra up");
            return 1;
        }
        InfraStatusPrinter.Print(endpoints, await PostgresInspector.InspectAsync(endpoints.Superuser, cancellationToken));
        return 0;
    }
}
