using System.ComponentModel;
using BenchLab.Infra;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

/// <summary>The options every command that touches PostgreSQL or Redis shares.</summary>
public class InfraSettings : CommandSettings
{
    [CommandOption("--pg <CONNECTION>")]
    [Description("Use this PostgreSQL instead of the embedded one: a postgresql:// URI or an Npgsql keyword string (a superuser login). Default: $BENCHLAB_PG, else embedded.")]
    public string? Postgres { get; init; }

    [CommandOption("--redis <CONNECTION>")]
    [Description("Use this Redis instead of the embedded one: redis://host:port/0 or host:port. Default: $BENCHLAB_REDIS, else embedded.")]
    public string? Redis { get; init; }

    [CommandOption("--instance <NAME>")]
    [Description("Name of the embedded instance set (state under .benchlab/infra/NAME).")]
    [DefaultValue(InfraOptions.DefaultInstance)]
    public string Instance { get; init; } = InfraOptions.DefaultInstance;

    public InfraOptions ToOptions() => new(Instance, Postgres, Redis);

    public override Spectre.Console.ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Instance) || !Instance.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Spectre.Console.ValidationResult.Error($"--instance '{Instance}' must be letters, digits, '-' or '_' (it names a folder)");
        }
        return Spectre.Console.ValidationResult.Success();
    }
}
