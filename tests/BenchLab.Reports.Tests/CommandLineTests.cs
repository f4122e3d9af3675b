using BenchLab.Reports.Tests.Support;
using BenchLab.Results;
using BenchLab.Results.Model;
using BenchLab.Testing;

namespace BenchLab.Reports.Tests;

/// <summary>
/// `./benchlab report` and `./benchlab compare` as a user calls them: on result files written to disk, with the
/// built CLI; their mistakes get one line and exit code 2.
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("benchlab-report-cli-");

    [Fact]
    public async Task Compare_of_two_result_folders_finds_the_20_percent_and_writes_markdown_and_html()
    {
        var a = await WriteAsync("a", SyntheticRuns.Run("minimal", "a", "full", SyntheticRuns.Scenario("11", "11-db-n-plus-one", SyntheticRuns.Repetitions(5, 1000, 20))));
        var b = await WriteAsync("b", SyntheticRuns.Run("minimal", "b", "full", SyntheticRuns.Scenario("11", "11-db-n-plus-one", SyntheticRuns.Repetitions(5, 1200, 16))));
        var markdown = Path.Combine(_folder.FullName, "compare.md");
        var html = Path.Combine(_folder.FullName, "compare.html");

        var result = await BuiltCli.RunAsync("compare", a, b, "--md", markdown, "--html", html);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("| 11-db-n-plus-one | 5 / 5 | **faster** | 1.2×", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("**faster**", await File.ReadAllTextAsync(markdown, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("<svg", await File.ReadAllTextAsync(html, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_of_one_folder_writes_report_html_inside_it()
    {
        var a = await WriteAsync("a", SyntheticRuns.Run("minimal", null, "full", SyntheticRuns.Scenario("11", "11-db-n-plus-one", SyntheticRuns.Repetitions(5, 1000, 20, records: true))));

        var result = await BuiltCli.RunAsync("report", a);

        Assert.True(result.ExitCode == 0, result.StandardError);
        var html = await File.ReadAllTextAsync(Path.Combine(a, RunReport.FileName), TestContext.Current.CancellationToken);
        Assert.Contains("11-db-n-plus-one", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docs_scenarios_puts_every_servers_newest_full_measurement_on_the_page()
    {
        var minimal = await WriteAsync("minimal-run", SyntheticRuns.Run("minimal", null, "full", SyntheticRuns.Scenario("11", "11-db-n-plus-one", SyntheticRuns.Repetitions(5, 1000, 20))));
        var peer = await WriteAsync("peer-run", SyntheticRuns.Run("hello-python", null, "full", SyntheticRuns.Scenario("11", "11-db-n-plus-one", SyntheticRuns.Repetitions(5, 250, 80))));
        var output = Path.Combine(_folder.FullName, "pages");

        var result = await BuiltCli.RunAsync("docs", "scenarios", minimal, peer, "--out", output);

        Assert.True(result.ExitCode == 0, result.StandardError);
        var page = await File.ReadAllTextAsync(Path.Combine(output, "11.md"), TestContext.Current.CancellationToken);
        Assert.Contains("## Latest measurement on this machine: hello-python", page, StringComparison.Ordinal);
        Assert.Contains("## Latest measurement on this machine: minimal", page, StringComparison.Ordinal);
        Assert.Contains("| hello-python (p95) | minimal (p95) |", page, StringComparison.Ordinal);
        var index = await File.ReadAllTextAsync(Path.Combine(output, "README.md"), TestContext.Current.CancellationToken);
        Assert.Contains("hello-python 2026-11-27, full, 5×; minimal 2026-11-27, full, 5×", index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "/nonexistent/benchlab-result", "no such result folder")]
    [InlineData("compare", "/nonexistent/benchlab-result", "no such result folder")]
    [InlineData("report", "garbage", "is not a BenchLab result")]
    [InlineData("report", "empty-folder", "holds no result.json")]
    [InlineData("report", "nolabel", "neither a result folder nor a server label")]
    public async Task A_missing_or_broken_result_prints_one_line_and_exits_2(string command, string argument, string mentioned)
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "empty-folder"));
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "garbage"), "{ not json", TestContext.Current.CancellationToken);
        var path = argument.StartsWith('/') || argument == "nolabel" ? argument : Path.Combine(_folder.FullName, argument);
        string[] arguments = command == "compare" ? [command, path, path, "--results", _folder.FullName] : [command, path, "--results", _folder.FullName];

        var result = await BuiltCli.RunAsync(arguments);

        result.AssertUsageError(mentioned);
    }

    [Fact]
    public async Task An_output_in_a_missing_folder_is_refused_before_anything_is_read()
    {
        var result = await BuiltCli.RunAsync("compare", "a", "b", "--html", "/nonexistent/folder/compare.html", "--results", _folder.FullName);

        result.AssertUsageError("--html /nonexistent/folder/compare.html: the folder /nonexistent/folder does not exist");
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<string> WriteAsync(string name, RunResult result)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, name)).FullName;
        await ResultJson.WriteAsync(result, Path.Combine(folder, ResultJson.FileName), TestContext.Current.CancellationToken);
        return folder;
    }
}
