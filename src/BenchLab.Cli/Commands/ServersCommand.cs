using System.ComponentModel;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Results.Export;
using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("List the servers under test (every servers/*/server.json, or BENCHLAB_SERVERS_DIR): language, framework, the versions read from this machine, process model and declared scenarios. Starts nothing.")]
public sealed class ServersCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = new ServerCatalog(LabLayout.Discover().RepositoryRoot);
        IReadOnlyList<ServerManifest> manifests;
        try
        {
            manifests = catalog.LoadAll();
        }
        catch (ManifestException e)
        {
            throw new UsageException(e.Message, e);
        }
        var table = new MarkdownTable("Server", "Language", "Framework", "Versions", "Processes", "Scenarios");
        foreach (var manifest in manifests)
        {
            var versions = await ServerVersions.ReadAsync(manifest, cancellationToken);
            table.Row(
                manifest.Name,
                manifest.Language ?? "—",
                manifest.Framework ?? "—",
                versions.Count == 0 ? "—" : string.Join("; ", versions.Select(pair => $"{pair.Key} {pair.Value}")),
                manifest.Processes is { } processes ? $"{processes} (PROCESSES)" : "1",
                ScenarioRanges.Describe(manifest.Scenarios));
        }
        Console.Out.Write(table);
        Console.Out.WriteLine();
        Console.Out.WriteLine($"{manifests.Count} server{(manifests.Count == 1 ? "" : "s")} in {catalog.ServersDirectory}. Add one: docs/adding-a-server.md.");
        return CliApp.Success;
    }
}
