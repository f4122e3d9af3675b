using System.ComponentModel;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;
using BenchLab.Servers.Verification;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Check a server against the contract (contract/): status codes, content types, JSON shapes and values from the seed rules, pagination, statements per request, transactions, cache, auth, bad input. Prints a table of checks; exit 1 if any failed.")]
public sealed class VerifyCommand : AsyncCommand<VerifySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VerifySettings settings, CancellationToken cancellationToken)
    {
        var lab = LabLayout.Discover();
        return settings.Server is { } name
            ? await VerifyServerAsync(lab, name, settings, cancellationToken)
            : await VerifyUrlAsync(lab, new Uri(settings.Url!), settings, cancellationToken);
    }

    /// <summary>Build, start on a free loopback port with the lab's connection URIs, verify, stop; logs kept in the run folder.</summary>
    private static async Task<int> VerifyServerAsync(LabLayout lab, string name, VerifySettings settings, CancellationToken cancellationToken)
    {
        ServerManifest manifest;
        try
        {
            manifest = new ServerCatalog(lab.RepositoryRoot).Load(name);
        }
        catch (ManifestException e)
        {
            throw new UsageException(e.Message, e);
        }
        var endpoints = await new LabInfrastructure(lab, LabConsole.Progress).UpAsync(settings.ToOptions(), cancellationToken);
        var folder = ServerRunFolder.CreateUnder(lab.StateDirectory, manifest.Name);
        if (settings.NoBuild)
        {
            await RequirementCheck.EnsureAsync(manifest, LabConsole.Progress, cancellationToken);
        }
        else
        {
            if (manifest.Build is not null)
            {
                LabConsole.Progress($"building {manifest.Name}: {manifest.Build}");
            }
            var took = await ServerBuilder.PrepareAsync(manifest, lab.StateDirectory, folder, LabConsole.Progress, cancellationToken);
            LabConsole.Progress($"ready to start after {took.TotalSeconds:0.0} s of requirements, setup and build");
        }
        var connections = new LabConnections(endpoints.ServerDatabase.WithDatabase(settings.Database), endpoints.Redis);
        await using var server = await RunningServer.StartAsync(manifest, connections, folder, cancellationToken);
        LabConsole.Progress($"{manifest.Name} ready on {server.BaseUri} after {server.ReadyAfter.TotalSeconds:0.0} s (pid {server.Pid}; output in {folder.Path})");
        var target = new VerifyTarget(server.BaseUri, endpoints.Superuser.WithDatabase(settings.Database), endpoints.Redis, connections.JwtSecret, connections.ValueOf(LabVariables.ServerName, manifest))
        {
            Scenarios = manifest.Scenarios,
            ServerStdout = folder.StandardOutput,
        };
        var report = await Verifier.RunAsync(target, Options(settings), cancellationToken);
        var stopped = await server.StopAsync();
        LabConsole.Progress($"{manifest.Name} {stopped}");
        var reportPath = Path.Combine(folder.Path, "verify.txt");
        await using (var file = File.CreateText(reportPath))
        {
            VerifyReportPrinter.Print(report, $"{manifest.Name} ({manifest.ManifestPath})", file);
        }
        VerifyReportPrinter.Print(report, manifest.Name, Console.Out);
        Console.Out.WriteLine($"report and server logs: {folder.Path}");
        return report.Succeeded ? CliApp.Success : CliApp.Failed;
    }

    private static async Task<int> VerifyUrlAsync(LabLayout lab, Uri url, VerifySettings settings, CancellationToken cancellationToken)
    {
        var endpoints = new LabInfrastructure(lab, LabConsole.Progress).FindRunning(settings.ToOptions())
            ?? throw new UsageException("verify --url needs the PostgreSQL and Redis the server uses (for expected values, statement counts and cleanup): pass --pg and --redis, or start them with ./benchlab infra up");
        using (var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
        {
            try
            {
                using var _ = await probe.GetAsync(new Uri(url, "/health"), cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new UsageException($"--url: nothing answers at {url} ({e.Message}); start the server first", e);
            }
        }
        var target = new VerifyTarget(url, endpoints.Superuser.WithDatabase(settings.Database), endpoints.Redis, settings.JwtSecret ?? LabVariables.DefaultJwtSecret, settings.ServerName);
        var report = await Verifier.RunAsync(target, Options(settings), cancellationToken);
        VerifyReportPrinter.Print(report, url.ToString(), Console.Out);
        return report.Succeeded ? CliApp.Success : CliApp.Failed;
    }

    private static VerifyOptions Options(VerifySettings settings) => new()
    {
        Only = settings.OnlyGroups,
        Progress = group => LabConsole.Progress($"verify: {group}"),
    };
}
