using BenchLab.Servers.Verification.Http;
using BenchLab.Servers.Verification.Json;

namespace BenchLab.Servers.Tests.Verification;

/// <summary>
/// An answer of a shape verify does not expect is a failed check that names the member and the shape it saw, never
/// "could not be checked": FastAPI's default 422 has `detail` as a list of objects.
/// </summary>
public sealed class UnexpectedShapeTests
{
    private const string FastApiValidationError = """{"detail":[{"type":"int_parsing","loc":["query","limit"],"msg":"Input should be a valid integer","input":"abc"}]}""";

    [Fact]
    public void A_detail_that_is_a_list_fails_the_problem_check_naming_it()
    {
        var response = Answer(422, FastApiValidationError, "application/json");

        var verdict = response.ExpectProblem(422, naming: "limit");

        Assert.False(verdict.Passed);
        Assert.Contains(verdict.Problems, problem => problem.Contains("$.detail", StringComparison.Ordinal) && problem.Contains("array", StringComparison.Ordinal));
        Assert.Contains(verdict.Problems, problem => problem.Contains("application/problem+json", StringComparison.Ordinal));
    }

    [Fact]
    public void Reading_a_member_of_another_shape_gives_nothing_instead_of_throwing()
    {
        var json = Answer(422, FastApiValidationError, "application/json").Json;

        Assert.Null(JsonMembers.Text(json, "detail"));
        Assert.Null(JsonMembers.Text(json, "missing"));
        Assert.Null(JsonMembers.Text(Answer(200, "[1, 2]", "application/json").Json, "detail"));
        Assert.Equal("x", JsonMembers.Text(Answer(200, """{"detail":"x"}""", "application/json").Json, "detail"));
    }

    private static ContractResponse Answer(int status, string body, string mediaType = "application/json") =>
        SyntheticAnswers.Make("GET /users?limit=abc", status, body, mediaType);
}
