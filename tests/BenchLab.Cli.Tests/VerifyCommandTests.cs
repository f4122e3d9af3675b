using BenchLab.Testing;

namespace BenchLab.Cli.Tests;

/// <summary>./benchlab verify: its usage mistakes, and one real run against servers/minimal on a private database and Redis.</summary>
public sealed class VerifyCommandTests
{
    [Theory]
    [InlineData("verify --instance tp-usage", "give exactly one of --server NAME")]
    [InlineData("verify --server minimal --url http://127.0.0.1:1 --instance tp-usage", "give exactly one of --server NAME")]
    [InlineData("verify --url http://10.1.2.3:8000 --instance tp-usage", "is not on loopback")]
    [InlineData("verify --url ftp://127.0.0.1/ --instance tp-usage", "is not an http:// URL")]
    [InlineData("verify --url http://127.0.0.1:1 --no-build --instance tp-usage", "--no-build goes with --server")]
    [InlineData("verify --server minimal --jwt-secret 0123456789abcdef0123456789abcdef --instance tp-usage", "go with --url")]
    [InlineData("verify --url http://127.0.0.1:1 --jwt-secret short --instance tp-usage", "at least 32 bytes")]
    [InlineData("verify --server minimal --only basic,everything --instance tp-usage", "unknown check group 'everything'")]
    [InlineData("verify --server nosuch --instance tp-usage", "no server named 'nosuch'")]
    [InlineData("verify --url http://127.0.0.1:1 --instance tp-verify-none", "needs the PostgreSQL and Redis the server uses")]
    public async Task A_usage_mistake_prints_one_line_and_exits_2(string commandLine, string mentioned)
    {
        var result = await BuiltCli.RunAsync(commandLine.Split(' '));

        result.AssertUsageError(mentioned);
    }

    [Fact]
    public async Task Verify_starts_the_minimal_server_checks_it_and_prints_the_table_and_the_count()
    {
        await using var database = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var redis = await PrivateRedis.StartAsync(TestContext.Current.CancellationToken);

        // --no-build: ./benchlab test built servers/minimal with the solution; building it again here would race
        // with the other test projects that run it.
        var result = await BuiltCli.RunAsync(
        [
            "verify", "--server", "minimal", "--no-build", "--only", "basic,users",
            "--pg", LabEnvironment.Superuser.ToUri(), "--redis", redis.Endpoint.ToUri(), "--database", database.Name,
        ]);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Contains("minimal ready on http://127.0.0.1:", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("minimal stopped after SIGTERM", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("pass    users §3.1              GET /users/42: row 42 exactly as the seed rule defines it", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("GET /users/{id}                                              1         1", result.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"\n\d{2,} checks: \d{2,} passed, 0 failed \(", result.StandardOutput);
        var folder = result.StandardOutput.Split('\n').Single(line => line.StartsWith("report and server logs: ", StringComparison.Ordinal))["report and server logs: ".Length..].Trim();
        Assert.True(File.Exists(Path.Combine(folder, "verify.txt")));
        Assert.True(File.Exists(Path.Combine(folder, "stdout.log")));
        Directory.Delete(folder, recursive: true);
    }
}
