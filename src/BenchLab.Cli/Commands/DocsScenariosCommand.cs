using System.ComponentModel;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Results;
using BenchLab.Results.Export;
using BenchLab.Results.Model;
using BenchLab.Scenarios;
using BenchLab.Scenarios.Model;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

public sealed class DocsScenariosSettings : CommandSettings
{
    [CommandArgument(0, "[RESULT_DIR]")]
    [Description("Result folders (results/<server>/<time>) to take measurements from; default: every folder under results/ of every server (variants left out). For each scenario and server the newest full-mode measurement wins.")]
    public string[] Results { get; init; } = [];

    [CommandOption("--out <FOLDER>")]
    [Description("Where the pages go (default: docs/scenarios in the checkout).")]
    public string? Out { get; init; }
}

[Description("Write docs/scenarios/: one page per scenario with what it shows, how to run it, its newest full-mode measurement and the original lab's figures beside it.")]
public sealed class DocsScenariosCommand : AsyncCommand<DocsScenariosSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DocsScenariosSettings settings, CancellationToken cancellationToken)
    {
        var layout = LabLayout.Discover();
        var resultsRoot = Path.Combine(layout.RepositoryRoot, "results");
        var folders = settings.Results.Length > 0
            ? settings.Results
            : Directory.Exists(resultsRoot)
                ? [.. Directory.GetDirectories(resultsRoot).Where(server => !Path.GetFileName(server).Contains('@', StringComparison.Ordinal))
                    .SelectMany(Directory.GetDirectories).Where(folder => File.Exists(Path.Combine(folder, ResultJson.FileName)))]
                : Array.Empty<string>();
        var runs = new List<RunResult>();
        foreach (var folder in folders)
        {
            var file = Path.Combine(folder, ResultJson.FileName);
            if (!File.Exists(file))
            {
                throw new UsageException($"{folder} holds no {ResultJson.FileName}; give result folders such as results/minimal/2026-11-27T101500");
            }
            runs.Add(await ResultJson.ReadAsync(file, cancellationToken));
        }
        var output = settings.Out ?? Path.Combine(layout.RepositoryRoot, "docs", "scenarios");
        Directory.CreateDirectory(output);
        var index = new MarkdownTable("Scenario", "What it shows", "Measured", "req/s", "p95 (ms)");
        foreach (var scenario in ScenarioCatalog.All())
        {
            var measurements = Newest(runs, scenario.Id);
            await File.WriteAllTextAsync(Path.Combine(output, $"{scenario.Id}.md"), ScenarioPage.Render(Describe(scenario), measurements), cancellationToken);
            var stats = measurements.Select(m => (m.Run.Server.Label, Stats: BenchLab.Results.Statistics.ScenarioStatistics.Of(m.Measured))).ToList();
            index.Row($"[{scenario.Name}]({scenario.Id}.md)", scenario.Shows,
                measurements.Count == 0 ? "not yet" : string.Join("; ", measurements.Select(m => $"{m.Run.Server.Label} {m.Run.StartedAt:yyyy-MM-dd}, {m.Run.Mode}, {m.Measured.Repetitions.Count}×")),
                string.Join("; ", stats.Select(s => $"{s.Label} {Numbers.Rate(s.Stats.RequestsPerSecond.Mean)}")),
                string.Join("; ", stats.Select(s => $"{s.Label} {Numbers.Ms(s.Stats.P95.Mean)}")));
        }
        await File.WriteAllTextAsync(Path.Combine(output, "README.md"),
            "# Scenarios\n\nOne page per scenario of contract §4, written by `./benchlab docs scenarios` from result files: what it shows, how to run it, its newest full-mode measurement on this machine, and the original lab's figures. `./benchlab scenarios` lists them too.\n\n" + index,
            cancellationToken);
        Console.Out.WriteLine($"wrote {ScenarioCatalog.All().Count + 1} pages to {Path.GetRelativePath(Directory.GetCurrentDirectory(), output)} from {runs.Count} result(s)");
        return 0;
    }

    /// <summary>Per server (by label order), the newest full-mode run that measured the scenario; quick or smoke runs are never quoted.</summary>
    private static List<ScenarioMeasurement> Newest(IReadOnlyList<RunResult> runs, string id) =>
        [.. runs.Where(r => r.Mode == "full" && r.Server.Variant is null)
            .GroupBy(r => r.Server.Name, StringComparer.Ordinal)
            .OrderBy(server => server.Key, StringComparer.Ordinal)
            .Select(server => server.OrderByDescending(r => r.StartedAt)
                .Select(run => (Run: run, Measured: run.Scenarios.FirstOrDefault(s => s.Id == id && s.Repetitions.Count > 0)))
                .FirstOrDefault(pair => pair.Measured is not null))
            .Where(pair => pair.Run is not null)
            .Select(pair => new ScenarioMeasurement(pair.Run, pair.Measured!))];

    private static ScenarioDescription Describe(Scenario scenario)
    {
        var timing = scenario.Timing(RunMode.Full);
        var resets = scenario.Resets;
        var text = new List<string>();
        if (resets.Before != LabReset.None)
        {
            text.Add($"{resets.Before} before");
        }
        if (resets.AfterWarmup != LabReset.None)
        {
            text.Add($"{resets.AfterWarmup} again after the warm-up");
        }
        if (resets.After != LabReset.None)
        {
            text.Add($"{resets.After} after");
        }
        if (scenario.RestartServerBefore)
        {
            text.Add("the server restarted before each repetition");
        }
        if (scenario.ColdStart)
        {
            text.Add("cold start: server stopped, Redis flushed, PostgreSQL restarted, OS page cache dropped where permitted");
        }
        return new ScenarioDescription(scenario.Id, scenario.Name, scenario.Category.Name(), scenario.Shows,
            $"{scenario.Executor(timing).Description()}, {(timing.Warmup > TimeSpan.Zero ? $"{timing.Warmup.TotalSeconds:0} s warm-up, " : "no warm-up, ")}{timing.Repetitions} repetitions",
            scenario.Thresholds, text.Count == 0 ? "none" : string.Join("; ", text), "");
    }
}
