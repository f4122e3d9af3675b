using System.ComponentModel;
using BenchLab.Cli.Testing;
using BenchLab.Infra.Layout;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

public sealed class TestSettings : CommandSettings
{
    [CommandOption("--method <PATTERN>")]
    [Description("Run only test methods whose full name matches (xunit -method; '*' wildcards), e.g. '*Reset*'.")]
    public string? Method { get; init; }
}

[Description("Build everything, start PostgreSQL and Redis for the run, run all tests (timing-sensitive and instance-wide ones last, alone), stop what was started. Ends with 'N passed, N failed'.")]
public sealed class TestCommand : AsyncCommand<TestSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, TestSettings settings, CancellationToken cancellationToken) =>
        new TestHarness(LabLayout.Discover()).RunAsync(settings.Method, cancellationToken);
}
