using System.Diagnostics;
using BenchLab.Cli.Output;
using BenchLab.Infra.Processes;

namespace BenchLab.Cli.Testing;

/// <summary>
/// Runs test executables with the same xunit arguments, several at once or one after another, each with a hard
/// timeout, and collects their results. A process that dies without a result file counts as a failure.
/// </summary>
public sealed class TestPass(string name, IReadOnlyList<string> xunitArguments, IReadOnlyDictionary<string, string> environment, string resultsDirectory)
{
    private static readonly TimeSpan PerAssemblyTimeout = TimeSpan.FromMinutes(15);

    public async Task<TestOutcome> RunAsync(IReadOnlyList<TestAssembly> assemblies, int parallelism, CancellationToken cancellationToken)
    {
        var outcome = TestOutcome.Empty;
        var gate = new object();
        await Parallel.ForEachAsync(
            assemblies,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (assembly, token) =>
            {
                var result = await RunOneAsync(assembly, token);
                lock (gate)
                {
                    outcome = outcome.Add(result);
                }
            });
        return outcome;
    }

    private async Task<TestOutcome> RunOneAsync(TestAssembly assembly, CancellationToken cancellationToken)
    {
        var resultFile = Path.Combine(resultsDirectory, $"{assembly.Name}.{name}.xml");
        File.Delete(resultFile);
        var clock = Stopwatch.StartNew();
        var run = await CommandRunner.RunAsync(
            "dotnet",
            [assembly.DllPath, "-noLogo", "-noColor", "-result-xml", resultFile, .. xunitArguments],
            PerAssemblyTimeout,
            environment,
            Path.GetDirectoryName(assembly.DllPath),
            cancellationToken);

        // Each assembly's output is printed as one block when it ends, so parallel runs do not interleave.
        var output = (run.StandardOutput + run.StandardError).Trim();
        Console.Out.WriteLine($"── {assembly.Name} ({name}, {clock.Elapsed.TotalSeconds:0.0} s, exit {run.ExitCode}) ──");
        if (output.Length > 0)
        {
            Console.Out.WriteLine(output);
        }

        if (!File.Exists(resultFile))
        {
            return new TestOutcome(0, 1, 0, [new FailedTest(assembly.Name, $"{name} pass", $"the test process exited with {run.ExitCode} and wrote no results")]);
        }
        var outcome = XunitResultFile.Read(resultFile, assembly.Name);
        if (run.ExitCode != 0 && outcome.Failed == 0)
        {
            LabConsole.Failure($"{assembly.Name} exited with {run.ExitCode} although no test failed");
            outcome = outcome.Add(new TestOutcome(0, 1, 0, [new FailedTest(assembly.Name, $"{name} pass", $"exit code {run.ExitCode}")]));
        }
        return outcome;
    }
}
