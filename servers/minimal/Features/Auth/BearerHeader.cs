namespace MinimalServer.Features.Auth;

/// <summary>Takes the token out of <c>Authorization: Bearer &lt;token&gt;</c>, saying what is wrong when it cannot.</summary>
public static class BearerHeader
{
    public static bool TryRead(HttpRequest request, out string token, out string problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        token = "";
        var header = request.Headers.Authorization;
        if (header.Count == 0 || string.IsNullOrEmpty(header[0]))
        {
            problem = "Authorization header required";
            return false;
        }
        if (header.Count > 1 || !header[0]!.StartsWith("Bearer ", StringComparison.Ordinal) || header[0]!.Length == "Bearer ".Length)
        {
            problem = "Invalid authorization format: expected 'Bearer <token>'";
            return false;
        }
        token = header[0]!["Bearer ".Length..];
        problem = "";
        return true;
    }
}
