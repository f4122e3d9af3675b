using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Infra.Instances;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Processes;
using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;
using BenchLab.Testing;

namespace BenchLab.Cli.Testing;

/// <summary>
/// <c>./benchlab test</c>: builds everything, starts one PostgreSQL + Redis for the whole run (instance "test"),
/// hands them to the tests through BENCHLAB_PG / BENCHLAB_REDIS, runs every test project in parallel, then the
/// timing-sensitive tests alone, and finally stops what it started — also after a failure or Ctrl-C.
/// </summary>
public sealed class TestHarness(LabLayout lab)
{
    public const string InstanceName = "test";

    public async Task<int> RunAsync(string? methodFilter, CancellationToken cancellationToken)
    {
        await BuildAsync(cancellationToken);
        var assemblies = TestAssembly.Discover(lab.RepositoryRoot);
        var resultsDirectory = Path.Combine(lab.StateDirectory, "test-results", DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(resultsDirectory);
        await PrepareServersAsync(resultsDirectory, cancellationToken);

        var infrastructure = new LabInfrastructure(lab, LabConsole.Progress);
        var outcome = TestOutcome.Empty;
        try
        {
            var endpoints = await infrastructure.UpAsync(new InfraOptions(InstanceName), cancellationToken);
            var environment = new Dictionary<string, string>
            {
                [InfraOptions.PostgresVariable] = endpoints.Superuser.ToUri(),
                [InfraOptions.RedisVariable] = endpoints.Redis.ToUri(),
                [LabLayout.HomeVariable] = lab.RepositoryRoot,
            };
            var filter = methodFilter is null ? Array.Empty<string>() : ["-method", methodFilter];
            var timing = $"{TestCategories.Key}={TestCategories.Timing}";
            var exclusive = $"{TestCategories.Key}={TestCategories.Exclusive}";

            // Pass 1: every project at once (each project runs its own collections in parallel too).
            outcome = outcome.Add(await new TestPass("main", ["-trait-", timing, "-trait-", exclusive, .. filter], environment, resultsDirectory)
                .RunAsync(assemblies, parallelism: assemblies.Count, cancellationToken));
            // Pass 2: timing-sensitive tests and those with instance-wide effects, one project at a time, with
            // nothing else competing for the cores or the instance.
            outcome = outcome.Add(await new TestPass("alone", ["-trait", timing, "-trait", exclusive, "-parallelMode", "none", .. filter], environment, resultsDirectory)
                .RunAsync(assemblies, parallelism: 1, cancellationToken));
        }
        finally
        {
            await CleanUpAsync(infrastructure);
        }

        foreach (var failure in outcome.Failures)
        {
            LabConsole.Failure($"FAILED {failure.Assembly}: {failure.Name} — {failure.Message}");
        }
        Console.Out.WriteLine($"results: {resultsDirectory}");
        Console.Out.WriteLine(outcome.SummaryLine());
        return outcome.Failed == 0 && outcome.Passed > 0 ? CliApp.Success : CliApp.Failed;
    }

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        LabConsole.Progress("building the solution (Release)");
        var build = await CommandRunner.RunAsync(
            "dotnet",
            ["build", Path.Combine(lab.RepositoryRoot, LabLayout.SolutionFileName), "-c", "Release", "-nologo", "-v", "q", "-clp:ErrorsOnly"],
            TimeSpan.FromMinutes(15),
            workingDirectory: lab.RepositoryRoot,
            cancellationToken: cancellationToken);
        if (!build.Succeeded)
        {
            Console.Out.WriteLine(build.StandardOutput);
            throw new InfraException("the build failed; the compiler's errors are above");
        }
    }

    /// <summary>
    /// Every server the suite verifies by discovery gets its requirements, setup and build here, once and before any
    /// test starts: tests then start what is built, and no two of them build the same server at once.
    /// </summary>
    private async Task PrepareServersAsync(string resultsDirectory, CancellationToken cancellationToken)
    {
        IReadOnlyList<ServerManifest> manifests;
        try
        {
            manifests = new ServerCatalog(lab.RepositoryRoot).LoadAll();
        }
        catch (ManifestException e)
        {
            throw new UsageException(e.Message, e);
        }
        foreach (var manifest in manifests)
        {
            var folder = new ServerRunFolder(Path.Combine(resultsDirectory, "prepare", manifest.Name));
            var took = await ServerBuilder.PrepareAsync(manifest, lab.StateDirectory, folder, LabConsole.Progress, cancellationToken);
            LabConsole.Progress($"prepared servers/{manifest.Name} in {took.TotalSeconds:0.0} s");
        }
    }

    /// <summary>Stops the shared instance and anything a crashed test left behind; never throws.</summary>
    private async Task CleanUpAsync(LabInfrastructure infrastructure)
    {
        try
        {
            var swept = await InstanceSweeper.RemoveAllAsync(lab, PrivateInstanceSet.NamePrefix);
            if (swept.Count > 0)
            {
                LabConsole.Progress($"removed {swept.Count} private test instance set(s) left behind: {string.Join(", ", swept)}");
            }
            if (InstanceLayout.Describe(lab, InstanceName).PostgresInsideCheckout(lab))
            {
                // Kept under .benchlab/ so that the next run skips initdb and the seed.
                await infrastructure.DownAsync(InstanceName);
                LabConsole.Progress("stopped the test run's PostgreSQL and Redis");
            }
            else
            {
                // A checkout PostgreSQL's account cannot enter is usually a throwaway clone (CI): do not leave
                // a seeded cluster per clone in /var/tmp.
                await InstanceSweeper.RemoveAsync(lab, InstanceName);
                LabConsole.Progress("stopped the test run's PostgreSQL and Redis and removed their data (kept outside the checkout)");
            }
        }
        catch (Exception e) when (e is InfraException or IOException or UnauthorizedAccessException)
        {
            LabConsole.Failure($"cleaning up after the tests failed: {e.Message}");
        }
    }
}
