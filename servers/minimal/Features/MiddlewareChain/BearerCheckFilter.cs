using MinimalServer.Http;

namespace MinimalServer.Features.MiddlewareChain;

/// <summary>
/// Third link: the opaque bearer check. No header → 401 "Authorization header required"; not <c>Bearer </c>
/// (case-sensitive, one space) → "Invalid authorization format"; a token under 10 characters → "Invalid token".
/// </summary>
public sealed class BearerCheckFilter : IEndpointFilter
{
    public const string TokenItem = "bearer-token";
    private const string Prefix = "Bearer ";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization;
        if (header.Count == 0 || string.IsNullOrEmpty(header[0]))
        {
            return ValueTask.FromResult<object?>(Problems.Unauthorized(http, "Authorization header required"));
        }
        var value = header[0]!;
        if (header.Count > 1 || !value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return ValueTask.FromResult<object?>(Problems.Unauthorized(http, "Invalid authorization format"));
        }
        var token = value[Prefix.Length..];
        if (token.Length < 10)
        {
            return ValueTask.FromResult<object?>(Problems.Unauthorized(http, "Invalid token"));
        }
        http.Items[TokenItem] = token;
        return next(context);
    }
}
