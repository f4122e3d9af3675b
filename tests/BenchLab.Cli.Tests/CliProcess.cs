using BenchLab.Infra;
using BenchLab.Infra.Processes;
using BenchLab.Testing;

namespace BenchLab.Cli.Tests;

/// <summary>Runs the built CLI (Release, as ./benchlab builds it) as a separate process, the way users run it.</summary>
public static class CliProcess
{
    public static async Task<CommandResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = LabEnvironment.Layout.RepositoryRoot;
        var cli = Path.Combine(root, "src", "BenchLab.Cli", "bin", "Release", "net10.0", "benchlab.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: build with ./benchlab test");
        var variables = new Dictionary<string, string>
        {
            ["BENCHLAB_HOME"] = root,
            // The test run's own PostgreSQL/Redis must not leak into commands that should use their own instances.
            [InfraOptions.PostgresVariable] = "",
            [InfraOptions.RedisVariable] = "",
            ["COLUMNS"] = "200",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }
        return await CommandRunner.RunAsync("dotnet", [cli, .. arguments], TimeSpan.FromMinutes(5), variables, root, TestContext.Current.CancellationToken);
    }
}
