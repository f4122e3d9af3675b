using System.ComponentModel;
using BenchLab.Infra.Database;
using BenchLab.Infra.Reset;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

public sealed class DbResetSettings : InfraSettings
{
    [CommandArgument(0, "[PROCEDURE]")]
    [Description("users, bulk, products, redis, stats or full (contract §2.6); several may be given.")]
    public string[] Procedures { get; init; } = [];

    [CommandOption("--all")]
    [Description("Everything: recreate the database from the seed (R-full) and flush Redis (R-redis).")]
    public bool All { get; init; }

    [CommandOption("--database <NAME>")]
    [Description("The database to reset.")]
    [DefaultValue(LabDatabases.Benchmark)]
    public string Database { get; init; } = LabDatabases.Benchmark;

    public override ValidationResult Validate()
    {
        var names = string.Join(", ", ResetCatalog.Named(_ => { }).Select(p => p.Name));
        if (All && Procedures.Length > 0)
        {
            return ValidationResult.Error($"give either --all or procedure names ({names}), not both");
        }
        if (!All && Procedures.Length == 0)
        {
            return ValidationResult.Error($"name what to reset ({names}) or pass --all; e.g. ./benchlab db reset users");
        }
        var unknown = Procedures.FirstOrDefault(name => ResetCatalog.Find(name, _ => { }) is null);
        if (unknown is not null)
        {
            return ValidationResult.Error($"unknown reset '{unknown}'; choose from {names}");
        }
        return base.Validate();
    }
}
