using BenchLab.Testing;
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
        var result = await BuiltCli.RunAsync(commandLine.Split(' '));

        result.AssertUsageError(mentioned);
    }

    [Fact]
    public async Task A_bad_connection_string_in_the_environment_names_the_variable()
    {
        var result = await BuiltCli.RunWithEnvironmentAsync(new Dictionary<string, string> { ["BENCHLAB_PG"] = "postgresql://" }, ["infra", "status", "--instance", "tp-usage"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("benchlab: --pg", result.StandardError.Trim(), StringComparison.Ordinal);
    }
}

/// <summary>`./benchlab run`'s mistakes: one line and exit code 2, before anything starts.</summary>
public sealed class RunUsageErrorTests
{
    [Theory]
    [InlineData("run 99 --smoke", "unknown scenario '99'")]
    [InlineData("run 01 --smoke --full", "--smoke and --full exclude each other")]
    [InlineData("run 01 --repeat 0", "--repeat 0")]
    [InlineData("run 01 --duration soon", "--duration 'soon'")]
    [InlineData("run 01 --placement everywhere", "--placement 'everywhere'")]
    [InlineData("run 01 --metrics-port 70000", "--metrics-port 70000 is not a TCP port")]
    [InlineData("run 11 --variant pool1", "needs at least one KEY=VALUE")]
    [InlineData("run 11 --variant pool1:DB_POOL_MAX=lots", "DB_POOL_MAX must be a whole number")]
    [InlineData("run 11 --variant pool1:DATABASE_URL=x", "DATABASE_URL is set by the lab")]
    [InlineData("run 11 --variant bad/label:DB_POOL_MAX=1", "the label before ':'")]
    [InlineData("run 01 --server nosuchserver --instance tp-usage", "nosuchserver")]
    [InlineData("run 21 --instance tp-usage", "no quick form")]
    public async Task A_bad_run_request_prints_one_line_and_exits_2(string commandLine, string mentioned)
    {
        var result = await BuiltCli.RunAsync(commandLine.Split(' '));

        result.AssertUsageError(mentioned);
    }

    [Fact]
    public async Task The_scenarios_command_lists_every_scenario_with_its_durations()
    {
        var result = await BuiltCli.RunAsync(["scenarios"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| 11 | 11-db-n-plus-one | db-advanced |", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("| 21 | 21-spike-traffic | stress |", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("10 s + 30 s × 10", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(27, result.StandardOutput.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Id", StringComparison.Ordinal)));
    }
}
