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
    public async Task A_response_breaking_the_openapi_schema_fails_its_conformance_check()
    {
        var report = await VerifyAsync(PaginationFault.CamelCaseNextCursor);

        var conformance = report.Checks.Where(check => check.Name.EndsWith("contract/openapi.yaml", StringComparison.Ordinal)).ToList();
        var cursor = Assert.Single(conformance, check => check.Name.StartsWith("GET /users/cursor: its ", StringComparison.Ordinal));
        Assert.False(cursor.Passed);
        Assert.Contains(cursor.Problems, problem => problem.Contains("listUsersByCursor", StringComparison.Ordinal) && problem.Contains("next_cursor", StringComparison.Ordinal));
        Assert.True(Assert.Single(conformance, check => check.Name.StartsWith("GET /users/offset: its ", StringComparison.Ordinal)).Passed);
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

    [Fact]
    public async Task A_server_that_leaves_input_to_its_framework_fails_the_bad_input_checks_of_its_routes()
    {
        // The fixture binds page/size/cursor with ASP.NET's defaults: "abc" is a bare 400, "+1" and " 1" pass, an
        // unknown route or a wrong method gets an empty body — none of it the contract's 422/404/405 problem+json.
        var report = await VerifyAsync(PaginationFault.None, "bad-input", scenario: "09");

        var failed = report.Failures.Select(failure => failure.Name).ToList();
        Assert.Contains(failed, name => name.StartsWith("GET /users/offset?page= malformed", StringComparison.Ordinal));
        Assert.Contains(failed, name => name.StartsWith("GET /users/cursor?size= malformed", StringComparison.Ordinal));
        Assert.Contains(failed, name => name.StartsWith("GET /nope: unknown route", StringComparison.Ordinal));
        Assert.Contains(failed, name => name.EndsWith("/users/offset: wrong method, 405 problem+json", StringComparison.Ordinal));
        Assert.Contains(report.Failures.SelectMany(failure => failure.Problems), problem => problem.Contains("GET /users/offset?page=%2B1: status 200, expected 422", StringComparison.Ordinal));
        Assert.All(report.Checks.Where(check => !check.Passed), check => Assert.Equal("bad-input", check.Group));
        Assert.Contains(report.Checks, check => check.Name == "the rejected requests changed nothing in PostgreSQL or Redis" && check.Passed);
    }

    private static async Task<VerifyReport> VerifyAsync(PaginationFault fault, string group = "pagination", string? scenario = null)
    {
        // A database of its own: statement counts are per database, and parallel tests must not add to them.
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var server = await PaginationFixtureServer.StartAsync(database.Server, fault);
        var target = new VerifyTarget(server.BaseUri, database.Superuser, LabEnvironment.Redis);
        if (scenario is not null)
        {
            target = target with { Scenarios = new HashSet<string> { scenario } };
        }
        return await Verifier.RunAsync(target, new VerifyOptions { Only = new HashSet<string> { group } }, Token);
    }
}
