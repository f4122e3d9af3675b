using System.Diagnostics;
using BenchLab.Infra.Processes;
using BenchLab.Testing;

namespace BenchLab.Load.Tests.Cli;

/// <summary>Runs the built CLI (Release, as ./benchlab builds it) as a separate process, as users run it.</summary>
public static class CliRunner
{
    public static string CliPath
    {
        get
        {
            var cli = Path.Combine(LabEnvironment.Layout.RepositoryRoot, "src", "BenchLab.Cli", "bin", "Release", "net10.0", "benchlab.dll");
            Assert.True(File.Exists(cli), $"{cli} is missing: build with ./benchlab test");
            return cli;
        }
    }

    public static Task<CommandResult> RunAsync(params string[] arguments) =>
        CommandRunner.RunAsync("dotnet", [CliPath, .. arguments], TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["COLUMNS"] = "200" },
            LabEnvironment.Layout.RepositoryRoot, TestContext.Current.CancellationToken);

    /// <summary>Starts the CLI without waiting, to interrupt it.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return Process.Start(start)!;
    }
}
