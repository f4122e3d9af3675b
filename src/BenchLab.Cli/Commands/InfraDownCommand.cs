using System.ComponentModel;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Stop the embedded PostgreSQL and Redis (data is kept for the next infra up). External servers are never stopped.")]
public sealed class InfraDownCommand : AsyncCommand<InfraSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InfraSettings settings, CancellationToken cancellationToken)
    {
        var infrastructure = new LabInfrastructure(LabLayout.Discover(), LabConsole.Progress);
        var (postgres, redis) = await infrastructure.DownAsync(settings.Instance, cancellationToken);
        Console.Out.WriteLine($"PostgreSQL: {(postgres ? "stopped" : "was not running")}");
        Console.Out.WriteLine($"Redis: {(redis ? "stopped" : "was not running")}");
        return 0;
    }
}
