using Microsoft.AspNetCore.WebUtilities;
using MinimalServer.Json;

namespace MinimalServer.Http;

/// <summary>
/// The only way the server answers an error: <c>application/problem+json</c> with a one-sentence detail that
/// names the offending input — never HTML or a stack trace (contract §1.3).
/// </summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IResult Status(int status, string detail) =>
        TypedResults.Json(Create(status, detail), AppJson.Context.Problem, ContentType, status);

    public static IResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, detail);

    public static IResult Conflict(string detail) => Status(StatusCodes.Status409Conflict, detail);

    /// <summary>401 with <c>WWW-Authenticate: Bearer</c>, as every credential failure must carry.</summary>
    public static IResult Unauthorized(HttpContext context, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Status(StatusCodes.Status401Unauthorized, detail);
    }

    /// <summary>422: well-formed input outside the ranges of the contract.</summary>
    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var first = errors.First();
        var problem = new ValidationProblem("about:blank", Title(422), 422, $"{first.Key}: {first.Value[0]}", errors);
        return TypedResults.Json(problem, AppJson.Context.ValidationProblem, ContentType, 422);
    }

    public static IResult Validation(string field, string message) => Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static Problem Create(int status, string detail) => new("about:blank", Title(status), status, detail);

    public static string Title(int status) => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    /// <summary>Writes a problem directly (middleware, where there is no endpoint result to return).</summary>
    public static Task WriteAsync(HttpContext context, int status, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return System.Text.Json.JsonSerializer.SerializeAsync(context.Response.Body, Create(status, detail), AppJson.Context.Problem, context.RequestAborted);
    }
}
