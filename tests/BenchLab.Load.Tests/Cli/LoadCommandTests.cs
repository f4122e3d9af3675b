using BenchLab.Testing;
using System.Diagnostics;
using System.Text.Json;
using BenchLab.Load.Tests.Support;

namespace BenchLab.Load.Tests.Cli;

/// <summary>./benchlab load as users run it: bad input, --json, exit codes, Ctrl-C.</summary>
public sealed class LoadCommandTests
{
    [Theory]
    [InlineData("load http://127.0.0.1:9/ -d tenseconds", "--duration: 'tenseconds' is not a duration")]
    [InlineData("load http://10.1.2.3:80/ -d 1s", "--allow-remote")]
    [InlineData("load ftp://127.0.0.1/", "is not an http:// URL")]
    [InlineData("load http://127.0.0.1:9/ --threshold http_req_duration<5", "--threshold")]
    [InlineData("load http://127.0.0.1:9/ --max-connections 50", "add --rate")]
    [InlineData("load http://127.0.0.1:9/ -c 0", "--connections must be at least 1")]
    [InlineData("load http://127.0.0.1:9/ --stage 10s", "--stage '10s' must read DURATION:TARGET")]
    [InlineData("load http://127.0.0.1:9/ --rate -5", "--rate")]
    [InlineData("load http://127.0.0.1:9/ --bogus", "bogus")]
    [InlineData("load http://127.0.0.1:9/ -H NoColon", "must read 'Name: value'")]
    public async Task A_bad_flag_or_value_prints_one_line_and_exits_2(string commandLine, string mentioned)
    {
        var result = await BuiltCli.RunAsync(commandLine.Split(' '));

        result.AssertUsageError(mentioned);
    }

    // Exit code 0 needs a valid run, and validity includes "the generator kept its schedule" (iterations lagging
    // > 10 ms): on two cores shared with the parallel pass that is timing luck, so it runs in the alone pass.
    [Fact]
    [Trait(TestCategories.Key, TestCategories.Timing)]
    public async Task Json_prints_one_object_with_the_summary_and_exit_code_0()
    {
        await using var server = new TestServer();

        var result = await BuiltCli.RunAsync("load", server.Url, "-c", "2", "-d", "1s", "--quiet", "--json");

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}: {result.StandardOutput} {result.StandardError}");
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.True(root.GetProperty("requests").GetInt64() > 10);
        Assert.True(root.GetProperty("rps").GetDouble() > 10);
        Assert.Equal(0, root.GetProperty("errors").GetInt64());
        Assert.True(root.GetProperty("latency_ms").GetProperty("p99").GetDouble() > 0);
        Assert.Equal(root.GetProperty("requests").GetInt64(), server.Requests);
    }

    [Fact]
    public async Task A_server_that_never_answers_gives_unfinished_requests_an_invalid_run_and_exit_1()
    {
        await using var server = new TestServer { NeverAnswer = _ => true };

        var result = await BuiltCli.RunAsync("load", server.Url, "-c", "4", "-d", "1s", "--graceful-stop", "1s", "--quiet", "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var outcomes = json.RootElement.GetProperty("outcomes");
        Assert.Equal(4, outcomes.GetProperty("started").GetInt64());
        Assert.Equal(0, outcomes.GetProperty("completed").GetInt64());
        Assert.Equal(4, outcomes.GetProperty("interrupted").GetInt64());
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains("4 of 4 started requests (100 %) never completed", json.RootElement.GetProperty("invalid_reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_threshold_exits_1_and_the_open_model_reports_service_time()
    {
        await using var server = new TestServer();

        var result = await BuiltCli.RunAsync("load", server.Url, "--rate", "100", "-d", "1s", "--quiet", "--threshold", "http_req_duration: p(95)<0.001");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("✗ http_req_duration: p(95)<0.001", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("http_req_service_time", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_nobody_listens_on_is_one_line_and_exit_1()
    {
        int port;
        await using (var probe = new TestServer())
        {
            port = probe.Port;
        }

        var result = await BuiltCli.RunAsync("load", $"http://127.0.0.1:{port}/", "-d", "1s", "--quiet");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("benchlab: cannot connect to http://127.0.0.1:", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    [InlineData("HUP", 129)]
    public async Task An_interrupting_signal_stops_the_run_and_still_prints_what_it_measured_marked_partial(string signal, int exitCode)
    {
        await using var server = new TestServer(delay: TimeSpan.FromMilliseconds(1));
        using var process = BuiltCli.Start("load", server.Url, "-c", "2", "-d", "60s", "--quiet", "--json");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        // Drained as well: an unread stderr pipe that fills up would block the CLI and look like a hang.
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var deadline = Stopwatch.StartNew();
        while (server.Requests < 50 && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the CLI did not stop within 30 s of SIG{signal} (after {server.Requests} requests); its stderr: {await errors}");
        }

        Assert.Equal(exitCode, process.ExitCode);
        using var json = JsonDocument.Parse(await output);
        Assert.True(json.RootElement.GetProperty("partial").GetBoolean());
        Assert.Contains("interrupted", json.RootElement.GetProperty("stop_reason").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("requests").GetInt64() >= 50);
        Assert.True(json.RootElement.GetProperty("duration_s").GetDouble() < 50);
    }
}
