using System.ComponentModel;
using BenchLab.Cli.Results;
using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Reports;
using BenchLab.Results.Comparison;
using BenchLab.Results.Export;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

public sealed class CompareSettings : CommandSettings
{
    [CommandArgument(0, "<A>")]
    [Description("The baseline: a result folder, a result.json, or a server label (minimal@pool1) meaning its newest result.")]
    public string Baseline { get; init; } = "";

    [CommandArgument(1, "<B>")]
    [Description("The candidate, compared against A: ratios are B / A.")]
    public string Candidate { get; init; } = "";

    [CommandOption("--html <FILE>")]
    [Description("Also write the comparison as a self-contained HTML page with ratio charts.")]
    public string? Html { get; init; }

    [CommandOption("--md <FILE>")]
    [Description("Also write the Markdown to a file.")]
    public string? Markdown { get; init; }

    [CommandOption("--results <FOLDER>")]
    [Description("Where server labels are looked up (default: results/ in the checkout).")]
    public string? ResultsFolder { get; init; }
}

[Description("Compare two results per scenario: ratios B / A of median req/s, p95 and p99 with 95 % bootstrap confidence intervals over the repetitions, the Mann–Whitney test, and a verdict — faster, slower or no detectable difference (none with fewer than 5 repetitions a side). Prints Markdown.")]
public sealed class CompareCommand : AsyncCommand<CompareSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        var root = settings.ResultsFolder ?? Path.Combine(LabLayout.Discover().RepositoryRoot, "results");
        RequireFolderOf(settings.Html, "--html");
        RequireFolderOf(settings.Markdown, "--md");
        var baseline = await ResultLocator.LoadAsync(settings.Baseline, root, cancellationToken);
        var candidate = await ResultLocator.LoadAsync(settings.Candidate, root, cancellationToken);
        var comparison = RunComparison.Of(baseline.Result, candidate.Result);
        var markdown = ComparisonMarkdown.Render(comparison);
        Console.Out.WriteLine(markdown);
        if (settings.Markdown is not null)
        {
            await File.WriteAllTextAsync(settings.Markdown, markdown, cancellationToken);
            Console.Out.WriteLine($"wrote {settings.Markdown}");
        }
        if (settings.Html is not null)
        {
            await File.WriteAllTextAsync(settings.Html, ComparisonReport.Render(comparison, DateTimeOffset.UtcNow), cancellationToken);
            Console.Out.WriteLine($"wrote {settings.Html}");
        }
        return CliApp.Success;
    }

    private static void RequireFolderOf(string? file, string option)
    {
        if (file is null)
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{option} {file}: the folder {folder} does not exist");
        }
    }
}
