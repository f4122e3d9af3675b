namespace MinimalServer.Http;

/// <summary>
/// Gives the responses that routing produces without a handler — 404 for an unknown route or a path id that is
/// not an int32, 405 for a wrong method — the same problem+json body as every other error.
/// </summary>
public static class StatusCodeProblems
{
    public static IApplicationBuilder UseStatusCodeProblems(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async statusContext =>
        {
            var http = statusContext.HttpContext;
            var request = http.Request;
            var detail = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"no resource at {request.Method} {request.Path}",
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}",
                _ => $"the request to {request.Path} failed",
            };
            await Problems.WriteAsync(http, http.Response.StatusCode, detail);
        });
}
