using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using MinimalServer.Configuration;
using MinimalServer.Json;

namespace MinimalServer.Features.Basic;

public sealed record ExternalData(string Message);

public sealed record ExternalResponse(string Source, double LatencyMs, ExternalData Data);

/// <summary>
/// <c>GET /external</c> (05): a 100 ms dependency. By default simulated in process with a non-blocking timer, as
/// every original server did; with <c>EXTERNAL_MODE=http</c> a real call to the lab's loopback delay stub.
/// </summary>
public static class ExternalEndpoint
{
    private static readonly ExternalData Payload = new("External API response");

    public static void MapExternal(this IEndpointRouteBuilder app, ServerSettings settings)
    {
        if (settings.ExternalMode == ExternalMode.Http)
        {
            var stub = new Uri(new Uri(settings.ExternalUrl!), "/delay?ms=100");
            app.MapGet("/external", async (IHttpClientFactory clients, CancellationToken cancellationToken) =>
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await clients.CreateClient("external").GetAsync(stub, cancellationToken);
                response.EnsureSuccessStatusCode();
                return Respond("http_stub", started);
            });
            return;
        }
        app.MapGet("/external", async (CancellationToken cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            await Task.Delay(100, cancellationToken);
            return Respond("simulated_external_api", started);
        });
    }

    private static JsonHttpResult<ExternalResponse> Respond(string source, long started) =>
        TypedResults.Json(new ExternalResponse(source, Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2), Payload), AppJson.Context.ExternalResponse);
}
