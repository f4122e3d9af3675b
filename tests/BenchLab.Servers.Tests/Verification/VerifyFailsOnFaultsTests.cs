using BenchLab.Servers.Verification;
using BenchLab.Testing;

namespace BenchLab.Servers.Tests.Verification;

/// <summary>
/// Verify cannot pass vacuously: against a correct fixture server its pagination checks pass; against one that
/// mutates one response shape, or issues one extra statement, exactly the corresponding checks fail.
/// </summary>
public sealed class VerifyFailsOnFaultsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_correct_server_passes_every_pagination_check()
    {
        var report = await VerifyAsync(PaginationFault.None);

        Assert.True(report.Succeeded, string.Join("\n", report.Failures.Select(failure => $"{failure.Name}: {string.Join("; ", failure.Problems)}")));
        Assert.True(report.Checks.Count >= 14, $"only {report.Checks.Count} checks ran");
        Assert.Contains(report.Statements, route => route.Route == "GET /users/offset" && route.Profile.PerRequest == 2);
        Assert.Contains(report.Statements, route => route.Route == "GET /users/cursor" && route.Profile.PerRequest == 1);
    }

    [Fact]
    public async Task A_mutated_response_shape_fails_the_checks_of_that_route_and_only_those()
    {
        var report = await VerifyAsync(PaginationFault.CamelCaseNextCursor);

        Assert.False(report.Succeeded);
        var failures = report.Failures.ToList();
        Assert.True(failures.Count >= 5, $"only {failures.Count} checks failed");
        Assert.All(failures, failure => Assert.Contains("cursor", failure.Name, StringComparison.Ordinal));
        Assert.Contains(failures.SelectMany(failure => failure.Problems), problem => problem.Contains("member 'next_cursor' is spelt 'nextCursor'", StringComparison.Ordinal));
        Assert.All(report.Checks.Where(check => check.Name.StartsWith("GET /users/offset", StringComparison.Ordinal)), check => Assert.True(check.Passed, check.Name));
        Assert.All(report.Checks.Where(check => check.Name.Contains("statement", StringComparison.Ordinal)), check => Assert.True(check.Passed, check.Name));
    }

    [Fact]
    public async Task An_extra_statement_fails_the_statement_count_of_that_route_and_only_that()
    {
        var report = await VerifyAsync(PaginationFault.ExtraStatement);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("GET /users/cursor: 1 statement per request", failure.Name);
        Assert.StartsWith("2 statements per request over 3 requests, expected 1: ", Assert.Single(failure.Problems), StringComparison.Ordinal);
        Assert.Contains("SELECT $1::bigint", failure.Problems[0], StringComparison.Ordinal);
    }

    private static async Task<VerifyReport> VerifyAsync(PaginationFault fault)
    {
        // A database of its own: statement counts are per database, and parallel tests must not add to them.
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var server = await PaginationFixtureServer.StartAsync(database.Server, fault);
        var target = new VerifyTarget(server.BaseUri, database.Superuser, LabEnvironment.Redis);
        return await Verifier.RunAsync(target, new VerifyOptions { Only = new HashSet<string> { "pagination" } }, Token);
    }
}
