using MinimalServer.Configuration;
using MinimalServer.Json;

namespace MinimalServer.Features.Basic;

public sealed record HealthResponse(string Status, string Server);

/// <summary><c>GET /health</c>: no I/O (contract §1.4); 01-lightweight measures the bare stack with it.</summary>
public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app, ServerSettings settings)
    {
        var response = new HealthResponse("ok", settings.ServerName);
        app.MapGet("/health", () => TypedResults.Json(response, AppJson.Context.HealthResponse));
    }
}
