namespace BenchLab.Cli.Tests;

/// <summary>A mistake on the command line gets one line that says what is wrong and how to mend it, and exit code 2.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("infra up --pg postgresql:// --instance tp-usage", "--pg")]
    [InlineData("infra up --pg Port=5432;Username=postgres --instance tp-usage", "names no Host")]
    [InlineData("infra up --pg mysql://root:pw@127.0.0.1/db --instance tp-usage", "not a postgresql:// URI")]
    [InlineData("infra up --redis redis://127.0.0.1:6379/42 --instance tp-usage", "--redis")]
    [InlineData("infra up --redis nohost --instance tp-usage", "host:port")]
    [InlineData("infra up --pg postgresql://postgres:wrong@127.0.0.1:1/postgres --instance tp-usage", "cannot log in")]
    [InlineData("infra status --pg Host=127.0.0.1;Nonsense=1 --instance tp-usage", "not a connection string")]
    [InlineData("infra up --bogus --instance tp-usage", "bogus")]
    [InlineData("infra sideways", "sideways")]
    [InlineData("db reset nonsense --instance tp-usage", "unknown reset 'nonsense'")]
    [InlineData("db reset --instance tp-usage", "name what to reset")]
    [InlineData("db reset users --all --instance tp-usage", "either --all or")]
    [InlineData("infra status --instance ../etc", "--instance")]
    public async Task A_bad_flag_or_value_prints_one_line_and_exits_2(string commandLine, string mentioned)
    {
        var result = await CliProcess.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("benchlab: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(mentioned, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_connection_string_in_the_environment_names_the_variable()
    {
        var result = await CliProcess.RunAsync(["infra", "status", "--instance", "tp-usage"], new Dictionary<string, string> { ["BENCHLAB_PG"] = "postgresql://" });

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("benchlab: --pg", result.StandardError.Trim(), StringComparison.Ordinal);
    }
}
