namespace MinimalServer.Features.MiddlewareChain;

/// <summary>
/// First link of the /protected chain: keeps <c>X-Request-Id</c> when it is 1–128 visible ASCII characters,
/// otherwise generates 32 hex characters, and echoes it on the response.
/// </summary>
public sealed class RequestIdFilter : IEndpointFilter
{
    public const string Header = "X-Request-Id";
    public const string Item = "request-id";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var given = http.Request.Headers[Header];
        var id = given.Count == 1 && IsValid(given[0]) ? given[0]! : Guid.NewGuid().ToString("N");
        http.Items[Item] = id;
        http.Response.Headers[Header] = id;
        return next(context);
    }

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 128)
        {
            return false;
        }
        foreach (var c in id)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }
        return true;
    }
}
