using System.ComponentModel;
using System.Globalization;
using BenchLab.Cli.Output;
using BenchLab.Load.Executors;
using BenchLab.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

/// <summary>What `./benchlab run` takes: scenarios, servers, mode, repetitions, variants, placement.</summary>
public sealed class RunSettings : InfraSettings
{
    [CommandArgument(0, "[SCENARIO]")]
    [Description("Scenario ids (01, 16-a, 23), names (03-db-read), categories (basic, db-advanced, caching, real-world, stress, cold-warm) or 'all'. Default: the suite 01–08, 09, 11, 13, 15, 17-b, 18.")]
    public string[] Selectors { get; init; } = [];

    [CommandOption("--server <NAME>")]
    [Description("Servers to measure, comma-separated (servers/NAME/server.json). Default: minimal.")]
    [DefaultValue("minimal")]
    public string Servers { get; init; } = "minimal";

    [CommandOption("--smoke")]
    [Description("Smoke mode: 1 s warm-up + 3 s, one repetition — proves scenarios run; never a figure.")]
    public bool Smoke { get; init; }

    [CommandOption("--full")]
    [Description("Full mode: 10 s warm-up + 30 s, 10 repetitions for 01–08 and 5 otherwise (contract §1.5) — for figures you quote.")]
    public bool Full { get; init; }

    [CommandOption("--repeat <N>")]
    [Description("Repetitions instead of the mode's (recorded with the results).")]
    public int? Repeat { get; init; }

    [CommandOption("--duration <DURATION>")]
    [Description("Measured duration instead of the mode's, e.g. 20s or 2m (recorded; 21's spike keeps its shape).")]
    public string? Duration { get; init; }

    [CommandOption("--variant <NAME:KEY=VALUE>")]
    [Description("A server variant (repeatable): a label and environment switches, e.g. --variant pool1:DB_POOL_MAX=1 --variant pool20:DB_POOL_MAX=20. Results go to results/<server>@<label>/.")]
    public string[] Variants { get; init; } = [];

    [CommandOption("--placement <PLACEMENT>")]
    [Description("Core placement (contract §8.1): none (default), split (generator alone on the last core), iso (server alone on core 0).")]
    [DefaultValue("none")]
    public string Placement { get; init; } = "none";

    [CommandOption("--seed <N>")]
    [Description("run_seed of the per-VU random streams (contract §1.5).")]
    [DefaultValue(20260101u)]
    public uint Seed { get; init; } = 20260101;

    [CommandOption("--results <FOLDER>")]
    [Description("Where results go (default: results/ in the checkout).")]
    public string? ResultsFolder { get; init; }

    [CommandOption("--no-build")]
    [Description("Do not build the servers first (they are built already).")]
    public bool NoBuild { get; init; }

    [CommandOption("--metrics-port [PORT]")]
    [Description("While measuring, serve the server's telemetry and the generator's live second in Prometheus text format on 127.0.0.1:PORT/metrics (default port 9470, what deploy/prometheus scrapes).")]
    public FlagValue<int> MetricsPort { get; init; } = new();

    [CommandOption("--quiet")]
    [Description("No live progress; only the summary at the end.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate()
    {
        if (Smoke && Full)
        {
            return ValidationResult.Error("--smoke and --full exclude each other; pick one (quick is the default)");
        }
        if (Repeat is < 1 or > 1000)
        {
            return ValidationResult.Error($"--repeat {Repeat} must be a whole number from 1 to 1000");
        }
        if (Duration is not null && (!DurationText.TryParse(Duration, out var duration) || duration < TimeSpan.FromSeconds(1)))
        {
            return ValidationResult.Error($"--duration '{Duration}' is not a duration of at least 1s; write e.g. 20s, 2m or 1m30s");
        }
        if (Placement is not ("none" or "split" or "iso"))
        {
            return ValidationResult.Error($"--placement '{Placement}' is not one of none, split, iso");
        }
        if (MetricsEndpoint.Invalid(MetricsPort) is { } invalidPort)
        {
            return ValidationResult.Error(invalidPort);
        }
        var (_, unknown) = ScenarioCatalog.Select(Selectors);
        if (unknown.Count > 0)
        {
            return ValidationResult.Error($"unknown scenario '{unknown[0]}'; see ./benchlab scenarios for ids, or use a category (basic, db-advanced, caching, real-world, stress, cold-warm) or 'all'");
        }
        foreach (var variant in Variants)
        {
            if (VariantText.Parse(variant) is { Error: { } error })
            {
                return ValidationResult.Error($"--variant '{variant}': {error}");
            }
        }
        return base.Validate();
    }

    public TimeSpan? ParsedDuration => Duration is not null && DurationText.TryParse(Duration, out var duration) ? duration : null;
}

/// <summary>Parses <c>NAME:KEY=VALUE[,KEY=VALUE…]</c>.</summary>
public static class VariantText
{
    public static (string Name, IReadOnlyDictionary<string, string> Environment, string? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return (name, new Dictionary<string, string>(), "the label before ':' must be letters, digits, '-' or '_' (e.g. pool1:DB_POOL_MAX=1)");
        }
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in colon < 0 ? [] : text[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return (name, environment, $"'{pair}' is not KEY=VALUE");
            }
            var key = pair[..equals];
            var value = pair[(equals + 1)..];
            if (key == "DB_POOL_MAX" && (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var pool) || pool is < 1 or > 1000))
            {
                return (name, environment, $"DB_POOL_MAX must be a whole number from 1 to 1000, not '{value}'");
            }
            if (key is "DATABASE_URL" or "REDIS_URL" or "PORT")
            {
                return (name, environment, $"{key} is set by the lab, not by a variant");
            }
            environment[key] = value;
        }
        if (environment.Count == 0)
        {
            return (name, environment, "a variant needs at least one KEY=VALUE after the label, e.g. pool1:DB_POOL_MAX=1");
        }
        return (name, environment, null);
    }
}
