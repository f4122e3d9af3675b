using System.ComponentModel;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Run the benchmark. Today: bring PostgreSQL and Redis up, seed them and show their status (the scenario runner comes next).")]
public sealed class RunCommand : AsyncCommand<InfraSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InfraSettings settings, CancellationToken cancellationToken)
    {
        await InfraUpCommand.UpAndPrintAsync(settings, cancellationToken);
        Console.Out.WriteLine("Infrastructure is up and seeded. Scenarios are not runnable yet: the runner lands with the scenario catalog.");
        Console.Out.WriteLine("Stop it with: ./benchlab infra down");
        return 0;
    }
}
