using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;

namespace BenchLab.Servers.Tests.Lifecycle;

/// <summary>
/// A manifest's requires, setup and versions on real programs: setup steps run once and again only when an input
/// changes or an output is gone; what the machine lacks is named with how to mend it; versions are read without
/// starting the server.
/// </summary>
public sealed class ServerPreparationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("benchlab-prepare-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_setup_step_runs_once_and_again_only_when_an_input_changes_or_an_output_is_gone()
    {
        var manifest = Manifest("steps", """
            "setup": [ { "run": ["sh", "-c", "echo ran >> runs.log; mkdir -p out"], "inputs": ["lock.txt", "src"], "outputs": ["out"] } ],
            """);
        File.WriteAllText(Path.Combine(manifest.WorkingDirectory, "lock.txt"), "v1");
        Directory.CreateDirectory(Path.Combine(manifest.WorkingDirectory, "src"));
        File.WriteAllText(Path.Combine(manifest.WorkingDirectory, "src", "a.txt"), "a");
        var state = Path.Combine(_folder, "state");
        var runs = Path.Combine(manifest.WorkingDirectory, "runs.log");

        Assert.Equal(1, await SetupAsync(manifest, state));
        Assert.Equal(0, await SetupAsync(manifest, state));
        File.WriteAllText(Path.Combine(manifest.WorkingDirectory, "src", "a.txt"), "b");
        Assert.Equal(1, await SetupAsync(manifest, state));
        File.WriteAllText(Path.Combine(manifest.WorkingDirectory, "lock.txt"), "v2");
        Assert.Equal(1, await SetupAsync(manifest, state));
        Directory.Delete(Path.Combine(manifest.WorkingDirectory, "out"));
        Assert.Equal(1, await SetupAsync(manifest, state));
        Assert.Equal(0, await SetupAsync(manifest, state));

        Assert.Equal(4, File.ReadAllLines(runs).Length);
        Assert.True(File.Exists(Path.Combine(state, "setup", "steps", "step-0.sha256")));
    }

    [Fact]
    public async Task A_failing_step_or_a_missing_output_names_the_server_the_command_and_the_log()
    {
        var failing = Manifest("failing", """
            "setup": [ { "run": ["sh", "-c", "echo cannot resolve left-pad >&2; exit 3"], "inputs": [], "outputs": [] } ],
            """);
        var error = await Assert.ThrowsAsync<ServerException>(() => SetupAsync(failing, Path.Combine(_folder, "state")));
        Assert.Contains("setting up failing (sh -c", error.Message, StringComparison.Ordinal);
        Assert.Contains("failed with exit code 3: cannot resolve left-pad", error.Message, StringComparison.Ordinal);

        var silent = Manifest("silent", """
            "setup": [ { "run": ["true"], "inputs": [], "outputs": ["node_modules"] } ],
            """);
        var missing = await Assert.ThrowsAsync<ServerException>(() => SetupAsync(silent, Path.Combine(_folder, "state")));
        Assert.Contains("left no node_modules (its declared outputs)", missing.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "state", "setup", "silent", "step-0.sha256")));
    }

    [Fact]
    public async Task Installed_packages_are_found_and_missing_ones_named()
    {
        var missing = await RequirementCheck.MissingPackagesAsync(["python3-minimal", "benchlab-no-such-package"], Token);

        Assert.Equal(["benchlab-no-such-package"], missing);
    }

    [Fact]
    public async Task A_required_program_that_is_not_there_is_a_requirement_error()
    {
        var manifest = Manifest("needs", """
            "requires": { "commands": ["sh", "benchlab-no-such-program"] },
            """);

        var error = await Assert.ThrowsAsync<MissingRequirementException>(() => RequirementCheck.EnsureAsync(manifest, _ => { }, Token));

        Assert.Equal("servers/needs needs the program 'benchlab-no-such-program' (requires.commands), which is not on PATH; install it and run again", error.Message);
    }

    [Fact]
    public async Task Versions_come_from_the_commands_and_from_dpkg_without_starting_the_server()
    {
        var manifest = Manifest("versions", """
            "requires": { "apt": ["python3-minimal"] },
            "versions": { "tool": ["sh", "-c", "echo 1.2.3; echo second line"], "stderr": ["sh", "-c", "echo 4.5 >&2"], "broken": ["sh", "-c", "exit 7"] },
            """);

        var versions = await ServerVersions.ReadAsync(manifest, Token);

        Assert.Equal("1.2.3", versions["tool"]);
        Assert.Equal("4.5", versions["stderr"]);
        Assert.StartsWith("unknown (sh -c 'exit 7' exited 7", versions["broken"], StringComparison.Ordinal);
        Assert.Matches(@"^3\.\d+", versions["python3-minimal"]);
    }

    private Task<int> SetupAsync(ServerManifest manifest, string state) =>
        SetupRunner.RunAsync(manifest, state, new ServerRunFolder(Path.Combine(_folder, "run", manifest.Name)), _ => { }, Token);

    private ServerManifest Manifest(string name, string members)
    {
        var folder = Path.Combine(_folder, "servers", name);
        Directory.CreateDirectory(folder);
        var text = $$"""{ "name": "{{name}}", {{members}} "start": ["true"], "scenarios": ["01"] }""";
        return ManifestReader.Parse(text, Path.Combine(folder, ManifestReader.FileName), $"servers/{name}/server.json");
    }
}
