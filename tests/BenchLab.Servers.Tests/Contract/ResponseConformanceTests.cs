using BenchLab.Servers.Contract;
using BenchLab.Servers.Tests.Verification;
using BenchLab.Servers.Verification.Http;

namespace BenchLab.Servers.Tests.Contract;

/// <summary>Answers held against contract/openapi.yaml's schemas: what matches passes, and each kind of breach is named.</summary>
public sealed class ResponseConformanceTests
{
    private const string UserOne = """{"id":1,"name":"User1","email":"user1@benchmark.com","created_at":"2025-12-31T21:48:01"}""";

    private static readonly ContractOperation GetUser = OpenApiDocument.Contract.Find("GET", "/users/1")!;

    [Fact]
    public void A_literal_route_wins_over_the_id_template_and_unknown_paths_have_no_operation()
    {
        Assert.Equal("/users/{id}", GetUser.Path);
        Assert.Equal("/users/offset", OpenApiDocument.Contract.Find("GET", "/users/offset?page=2")!.Path);
        Assert.Null(OpenApiDocument.Contract.Find("GET", "/nope"));
        Assert.Null(OpenApiDocument.Contract.Find("PATCH", "/users/1"));
    }

    [Fact]
    public void The_seed_user_matches()
    {
        Assert.True(ResponseConformance.Check(GetUser, Answer(200, UserOne)).Passed);
    }

    [Theory]
    [InlineData("""{"id":1,"name":"User1","email":"user1@benchmark.com","created_at":"2025-12-31T21:48:01Z"}""", "created_at")]
    [InlineData("""{"id":1,"name":"User1","email":"user1@benchmark.com","createdAt":"2025-12-31T21:48:01"}""", "createdAt")]
    [InlineData("""{"id":"1","name":"User1","email":"user1@benchmark.com","created_at":"2025-12-31T21:48:01"}""", "$.id")]
    [InlineData("""{"id":1,"name":"User1","email":"user1@benchmark.com"}""", "created_at")]
    [InlineData("""{"id":1,"name":"User1","email":"user1@benchmark.com","created_at":"2025-12-31T21:48:01","trace_id":"x"}""", "trace_id")]
    public void A_body_that_breaks_the_schema_fails_naming_what(string body, string named)
    {
        var verdict = ResponseConformance.Check(GetUser, Answer(200, body));

        var problem = Assert.Single(verdict.Problems);
        Assert.Contains("getUser", problem, StringComparison.Ordinal);
        Assert.Contains(named, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_success_status_fails_and_an_undeclared_error_status_is_left_to_the_value_checks()
    {
        Assert.Contains("status 201 is not an answer", Assert.Single(ResponseConformance.Check(GetUser, Answer(201, UserOne)).Problems), StringComparison.Ordinal);
        Assert.True(ResponseConformance.Check(GetUser, Answer(431, "")).Passed);
    }

    [Fact]
    public void A_problem_answer_needs_the_problem_members()
    {
        const string Good = """{"type":"about:blank","title":"Not Found","status":404,"detail":"user 7 does not exist"}""";
        Assert.True(ResponseConformance.Check(GetUser, Answer(404, Good, "application/problem+json")).Passed);
        Assert.False(ResponseConformance.Check(GetUser, Answer(404, """{"error":"not found"}""", "application/problem+json")).Passed);
    }

    private static ContractResponse Answer(int status, string body, string mediaType = "application/json") =>
        SyntheticAnswers.Make("GET /users/1", status, body, mediaType);
}
