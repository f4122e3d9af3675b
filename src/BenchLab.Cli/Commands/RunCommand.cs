using System.ComponentModel;
using BenchLab.Cli.Output;
using BenchLab.Cli.Run;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Results.Export;
using BenchLab.Runner;
using BenchLab.Runner.Execution;
using BenchLab.Runner.Lab;
using BenchLab.Scenarios;
using BenchLab.Scenarios.Model;
using BenchLab.Servers.Manifests;
using BenchLab.Telemetry.Metrics;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Measure servers: for each server and scenario start it, verify it, reset, warm up, measure with telemetry, stop it. Writes results/<server>/<time>/result.json, summary.md and report.html, prints the summary. Exit 0 when every threshold passed and every run is valid, 1 otherwise.")]
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var layout = LabLayout.Discover();
        var options = RunPlanning.Options(layout, settings);
        var skipped = options.Scenarios.Where(s => !s.Supports(options.Mode)).ToList();
        if (skipped.Count == options.Scenarios.Count)
        {
            throw new UsageException($"{string.Join(", ", skipped.Select(s => s.Id))} {(skipped.Count == 1 ? "has" : "have")} no {options.ModeName} form; run with --smoke or --full");
        }
        foreach (var scenario in skipped)
        {
            LabConsole.Progress($"{scenario.Name} has no {options.ModeName} form and is skipped; run it with --smoke or --full");
        }
        LabConsole.Progress($"{options.ModeName} run of {options.Scenarios.Count} scenario(s) on {string.Join(", ", options.Servers.Select(s => s.Label))}");
        await using var lab = await LabSession.StartAsync(layout, settings.ToOptions(), options.Placement, options.RunSeed, LabConsole.Progress, cancellationToken);
        var observer = settings.Quiet ? Runner.Execution.LoadObservers.Silent : LiveLoadObserver.Observe;
        var registry = new MetricRegistry();
        await using var endpoint = MetricsEndpoint.Start(options.MetricsPort, registry);
        if (endpoint is not null)
        {
            LabConsole.Progress(LiveRunMetrics.Describe(endpoint.Port));
        }
        var metrics = endpoint is null ? null : new LiveRunMetrics(registry);
        var outcome = await new SuiteRunner(lab, options, observer, LabConsole.Progress, metrics).RunAsync(cancellationToken);
        foreach (var (result, folder) in outcome.Results)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine(SummaryMarkdown.Render(result));
            Console.Out.WriteLine($"results: {Path.GetRelativePath(Directory.GetCurrentDirectory(), folder)} (result.json, summary.md, report.html)");
        }
        return outcome.ExitCode;
    }
}
