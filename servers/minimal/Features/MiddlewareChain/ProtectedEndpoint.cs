using MinimalServer.Json;

namespace MinimalServer.Features.MiddlewareChain;

public sealed record ProtectedResponse(string Message, string User);

/// <summary>
/// <c>GET /protected</c> (06): the middleware-chain scenario. Three filters on this route only, in order:
/// request id, access log, bearer check (contract §3.1, D16). The token is opaque.
/// </summary>
public static class ProtectedEndpoint
{
    public static void MapProtected(this IEndpointRouteBuilder app) =>
        app.MapGet("/protected", (HttpContext context) =>
            {
                var token = (string)context.Items[BearerCheckFilter.TokenItem]!;
                return TypedResults.Json(new ProtectedResponse("Access granted", "user_from_token_" + token[..8]), AppJson.Context.ProtectedResponse);
            })
            .AddEndpointFilter<RequestIdFilter>()
            .AddEndpointFilter<AccessLogFilter>()
            .AddEndpointFilter<BearerCheckFilter>();
}
