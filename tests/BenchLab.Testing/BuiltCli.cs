using System.Diagnostics;
using BenchLab.Infra;
using BenchLab.Infra.Processes;

namespace BenchLab.Testing;

/// <summary>
/// The CLI as users run it: the Release build that ./benchlab makes, started as its own process. The test run's
/// PostgreSQL and Redis are not passed on, so commands that should use their own instances do.
/// </summary>
public static class BuiltCli
{
    public static string DllPath
    {
        get
        {
            var cli = Path.Combine(LabEnvironment.Layout.RepositoryRoot, "src", "BenchLab.Cli", "bin", "Release", "net10.0", "benchlab.dll");
            return File.Exists(cli) ? cli : throw new InvalidOperationException($"{cli} is missing: build with ./benchlab test");
        }
    }

    public static Task<CommandResult> RunAsync(params string[] arguments) => RunWithEnvironmentAsync(null, arguments);

    /// <summary>Runs the CLI with extra environment variables (e.g. a deliberately broken BENCHLAB_PG).</summary>
    public static Task<CommandResult> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        CommandRunner.RunAsync("dotnet", [DllPath, .. arguments], TimeSpan.FromMinutes(5), Environment(environment), LabEnvironment.Layout.RepositoryRoot);

    /// <summary>Starts the CLI without waiting for it (to interrupt it, or to observe it while it runs).</summary>
    /// <remarks>
    /// Started through perl (part of every Debian system) to give SIGINT back its default disposition: when the
    /// tests themselves run as a background job of a shell without job control (<c>./benchlab test &amp;</c>),
    /// SIGINT arrives ignored, the CLI inherits that, and .NET keeps an inherited ignore — Ctrl-C tests would
    /// then test nothing but the launch.
    /// </remarks>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("perl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"cannot start @ARGV: $!\\n\";");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in Environment(null))
        {
            start.Environment[key] = value;
        }
        return Process.Start(start)!;
    }

    /// <summary>The lines of stderr that are errors (starting "benchlab:"), without progress lines.</summary>
    public static IReadOnlyList<string> ErrorLines(this CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith('·'))];
    }

    /// <summary>
    /// A usage mistake as the brief defines it: exit code 2 and exactly one error line on stderr, starting
    /// <c>benchlab: </c> and containing <paramref name="mentioned"/> (what is wrong or how to mend it).
    /// </summary>
    public static void AssertUsageError(this CommandResult result, string mentioned)
    {
        ArgumentNullException.ThrowIfNull(result);
        Xunit.Assert.Equal(2, result.ExitCode);
        var line = Xunit.Assert.Single(result.ErrorLines());
        Xunit.Assert.StartsWith("benchlab: ", line, StringComparison.Ordinal);
        Xunit.Assert.Contains(mentioned, line, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? extra)
    {
        var variables = new Dictionary<string, string>
        {
            ["BENCHLAB_HOME"] = LabEnvironment.Layout.RepositoryRoot,
            [InfraOptions.PostgresVariable] = "",
            [InfraOptions.RedisVariable] = "",
            ["COLUMNS"] = "200",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }
        return variables;
    }
}
