using System.Text.Json;
using BenchLab.Infra.Processes;
using BenchLab.Testing;

namespace BenchLab.Cli.Tests;

/// <summary>
/// Issue 13's acceptance: a server in another language is a folder. The worked example of docs/adding-a-server.md
/// (Python's standard library, 01 and 02) is copied into a servers folder of its own that the built CLI is pointed
/// at with BENCHLAB_SERVERS_DIR; with no other file changed the lab lists it with the versions read from this
/// machine, checks its requires, runs its setup, starts it, verifies it and measures a smoke run of 01 and 02.
/// </summary>
public sealed class AddingAServerTests
{
    private const string Example = "hello-python";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_python_server_folder_is_discovered_verified_and_measured()
    {
        var root = Path.Combine(Path.GetTempPath(), $"benchlab-adding-{Guid.NewGuid():N}");
        var servers = Path.Combine(root, "servers");
        CopyFolder(Path.Combine(LabEnvironment.Layout.RepositoryRoot, "docs", "adding-a-server", Example), Path.Combine(servers, Example));
        await using var slot = await ServerSlots.AcquireAsync(Token);
        // Its own PostgreSQL and Redis: a run resets statement counts and Redis, which must not reach other tests.
        await using var instances = new PrivateInstanceSet();
        var endpoints = await instances.Infrastructure.UpAsync(instances.Options, Token);
        var environment = new Dictionary<string, string> { ["BENCHLAB_SERVERS_DIR"] = servers };
        string[] lab = ["--pg", endpoints.Superuser.ToUri(), "--redis", endpoints.Redis.ToUri()];
        var python = (await CommandRunner.RunAsync("/usr/bin/python3", ["-c", "import platform; print(platform.python_version())"], TimeSpan.FromSeconds(30), cancellationToken: Token)).StandardOutput.Trim();

        var listed = await BuiltCli.RunWithEnvironmentAsync(environment, "servers");
        Assert.True(listed.ExitCode == 0, listed.StandardOutput + listed.StandardError);
        var row = Assert.Single(listed.StandardOutput.Split('\n'), line => line.StartsWith($"| {Example} |", StringComparison.Ordinal));
        Assert.Contains($"python {python}", row, StringComparison.Ordinal);
        Assert.Contains("| 01, 02 |", row, StringComparison.Ordinal);
        Assert.DoesNotContain("| minimal |", listed.StandardOutput, StringComparison.Ordinal);

        var verified = await BuiltCli.RunWithEnvironmentAsync(environment, ["verify", "--server", Example, .. lab]);
        Assert.True(verified.ExitCode == 0, verified.StandardOutput + verified.StandardError);
        Assert.Contains($"setting up {Example}: /usr/bin/python3 -m compileall", verified.StandardError, StringComparison.Ordinal);
        Assert.Contains("pass    basic §3.1              POST /echo: its ", verified.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("pass    bad-input §1.3          POST /echo with malformed JSON", verified.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"\n\d{2} checks: \d{2} passed, 0 failed \(", verified.StandardOutput);

        var results = Path.Combine(root, "results");
        var run = await BuiltCli.RunWithEnvironmentAsync(environment, ["run", "01", "02", "--server", Example, "--smoke", "--results", results, .. lab]);
        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        // The setup step's input is unchanged since verify ran it: its stamp skips it.
        Assert.DoesNotContain("setting up", run.StandardError, StringComparison.Ordinal);
        var resultFile = Assert.Single(Directory.GetFiles(Path.Combine(results, Example), "result.json", SearchOption.AllDirectories));
        using var result = JsonDocument.Parse(await File.ReadAllTextAsync(resultFile, Token));
        var server = result.RootElement.GetProperty("server");
        Assert.Equal(python, server.GetProperty("versions").GetProperty("python").GetString());
        Assert.StartsWith("3.", server.GetProperty("versions").GetProperty("python3-minimal").GetString(), StringComparison.Ordinal);
        var scenarios = result.RootElement.GetProperty("scenarios").EnumerateArray().Select(scenario => scenario.GetProperty("id").GetString()).ToList();
        Assert.Equal(["01", "02"], scenarios);

        // Every "§" a user meets in verify's table, the summary and the report is a heading of contract/.
        var summary = await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(resultFile)!, "summary.md"), Token);
        var report = await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(resultFile)!, "report.html"), Token);
        Assert.NotEmpty(ContractSections.References(verified.StandardOutput));
        Assert.Empty(ContractSections.Unresolved(verified.StandardOutput));
        Assert.Empty(ContractSections.Unresolved(summary));
        Assert.Empty(ContractSections.Unresolved(report));
        Assert.Empty(ContractSections.Unresolved(run.StandardOutput + run.StandardError));

        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_variant_key_the_manifest_does_not_declare_is_one_line_and_exit_2()
    {
        var root = Path.Combine(Path.GetTempPath(), $"benchlab-variants-{Guid.NewGuid():N}");
        var folder = Path.Combine(root, "servers", Example);
        CopyFolder(Path.Combine(LabEnvironment.Layout.RepositoryRoot, "docs", "adding-a-server", Example), folder);
        var manifest = await File.ReadAllTextAsync(Path.Combine(folder, "server.json"), Token);
        await File.WriteAllTextAsync(Path.Combine(folder, "server.json"), manifest.Replace("\"scenarios\":", "\"variants\": {\"THREADS\": [\"1\", \"4\"]},\n  \"scenarios\":", StringComparison.Ordinal), Token);
        var environment = new Dictionary<string, string> { ["BENCHLAB_SERVERS_DIR"] = Path.Combine(root, "servers") };

        var axis = await BuiltCli.RunWithEnvironmentAsync(environment, "run", "01", "--server", Example, "--variant", "p4:PROCESSES=4", "--instance", "tp-usage");
        axis.AssertUsageError("--variant p4: servers/hello-python has no variant axis PROCESSES (its manifest declares: THREADS");
        var value = await BuiltCli.RunWithEnvironmentAsync(environment, "run", "01", "--server", Example, "--variant", "t3:THREADS=3", "--instance", "tp-usage");
        value.AssertUsageError("servers/hello-python does not offer THREADS=3 (its values: 1, 4)");

        Directory.Delete(root, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from).Where(file => !file.EndsWith(".pyc", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
