using System.ComponentModel;
using System.Diagnostics;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Reset;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Restore what scenarios change: users (R-users), bulk (R-bulk), products (R-products), redis (R-redis), stats (R-stats) or --all (R-full + R-redis).")]
public sealed class DbResetCommand : AsyncCommand<DbResetSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DbResetSettings settings, CancellationToken cancellationToken)
    {
        var infrastructure = new LabInfrastructure(LabLayout.Discover(), LabConsole.Progress);
        var endpoints = await infrastructure.UpAsync(settings.ToOptions(), cancellationToken);
        var target = new ResetTarget(endpoints.Superuser, settings.Database, endpoints.Redis);
        var procedures = settings.All
            ? ResetCatalog.All(LabConsole.Progress)
            : settings.Procedures.Select(name => ResetCatalog.Find(name, LabConsole.Progress)!).ToList();
        foreach (var procedure in procedures)
        {
            var clock = Stopwatch.StartNew();
            var outcome = await procedure.RunAsync(target, cancellationToken);
            Console.Out.WriteLine($"{procedure.ContractName}: {outcome} ({clock.Elapsed.TotalSeconds:0.00} s)");
        }
        return 0;
    }
}
