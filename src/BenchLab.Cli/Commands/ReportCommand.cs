using System.ComponentModel;
using System.Globalization;
using BenchLab.Cli.Results;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Reports;
using BenchLab.Results.Export;
using BenchLab.Results.Reference;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

public sealed class ReportSettings : CommandSettings
{
    [CommandArgument(0, "<RESULT>")]
    [Description("Result folders (results/<server>/<time>), result.json files, or server labels (minimal, minimal@pool1) meaning their newest result. Several results are drawn side by side and compared against the first.")]
    public string[] Results { get; init; } = [];

    [CommandOption("-o|--out <FILE>")]
    [Description("Where report.html goes. Default: inside the result folder for one result, ./report.html for several.")]
    public string? Out { get; init; }

    [CommandOption("--findings")]
    [Description("Also print, as Markdown, the original lab's findings checked against these results and its published figures beside ours.")]
    public bool Findings { get; init; }

    [CommandOption("--results <FOLDER>")]
    [Description("Where server labels are looked up (default: results/ in the checkout).")]
    public string? ResultsFolder { get; init; }
}

[Description("Write report.html — one self-contained page (no network needed) with charts per scenario: latency percentiles, throughput and errors over time, the latency distribution, server CPU and memory, statements per request, hit ratios; comparisons when several results are given; the original lab beside ours; the machine and settings.")]
public sealed class ReportCommand : AsyncCommand<ReportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Results.Length == 0)
        {
            throw new UsageException("name at least one result: a result folder, a result.json or a server label");
        }
        var root = settings.ResultsFolder ?? Path.Combine(LabLayout.Discover().RepositoryRoot, "results");
        var located = new List<LocatedResult>();
        foreach (var argument in settings.Results)
        {
            located.Add(await ResultLocator.LoadAsync(argument, root, cancellationToken));
        }
        var output = settings.Out ?? (located.Count == 1 ? Path.Combine(located[0].Folder, RunReport.FileName) : RunReport.FileName);
        var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--out {output}: the folder {folder} does not exist");
        }
        var runs = located.Select(l => l.Result).ToList();
        await RunReport.WriteAsync(runs, output, cancellationToken);
        if (settings.Findings)
        {
            foreach (var measurements in LatestMeasurements.PerLabel(runs))
            {
                Console.Out.WriteLine(FindingsMarkdown.Render(measurements));
            }
        }
        var size = new FileInfo(output).Length;
        Console.Out.WriteLine($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), output)} ({(size / 1024.0).ToString("N0", CultureInfo.InvariantCulture)} KB) from {runs.Count} result{(runs.Count == 1 ? "" : "s")}");
        return CliApp.Success;
    }
}
