using System.ComponentModel;
using BenchLab.Results.Export;
using BenchLab.Scenarios;
using BenchLab.Scenarios.Model;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("List the scenarios 01–23: id, category, what each shows, and how long it runs in quick and full mode.")]
public sealed class ScenariosCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        var table = new MarkdownTable("Id", "Name", "Category", "What it shows", "quick", "full");
        foreach (var scenario in ScenarioCatalog.All())
        {
            table.Row(scenario.Id, scenario.Name, scenario.Category.Name(), scenario.Shows, Describe(scenario, RunMode.Quick), Describe(scenario, RunMode.Full));
        }
        Console.Out.Write(table);
        Console.Out.WriteLine();
        Console.Out.WriteLine($"Default suite of ./benchlab run: {string.Join(", ", ScenarioCatalog.DefaultSuite)}. Details: docs/scenarios/.");
        return 0;
    }

    private static string Describe(Scenario scenario, RunMode mode)
    {
        if (!scenario.Supports(mode))
        {
            return "n/a";
        }
        var timing = scenario.Timing(mode);
        var warmup = timing.Warmup > TimeSpan.Zero ? $"{timing.Warmup.TotalSeconds:0} s + " : "";
        return $"{warmup}{Format(timing.Duration)} × {timing.Repetitions}";
    }

    private static string Format(TimeSpan duration) => duration.TotalMinutes >= 2 ? $"{duration.TotalMinutes:0} min" : $"{duration.TotalSeconds:0} s";
}
