using MinimalServer.Http;
using MinimalServer.Json;

namespace MinimalServer.Features.Basic;

public sealed record EchoResponse(string Message, RawJson? Data);

/// <summary>
/// <c>POST /echo</c> (02): JSON up to 1 MiB with a required string <c>message</c> and an optional object
/// <c>data</c>; echoes both (data exactly as sent, null if absent) and drops every other member.
/// </summary>
public static class EchoEndpoint
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static void MapEcho(this IEndpointRouteBuilder app) => app.MapPost("/echo", (Delegate)EchoAsync);

    private static async Task<IResult> EchoAsync(HttpContext context)
    {
        var (document, problem) = await JsonBody.ReadAsync(context, MaxBodyBytes);
        if (document is null)
        {
            return problem!;
        }
        using (document)
        {
            var body = new BodyReader(document);
            var message = body.Text("message", required: true, minLength: 0, maxLength: int.MaxValue);
            var data = body.ObjectOrNull("data");
            if (body.HasErrors(out var invalid))
            {
                return invalid;
            }
            return TypedResults.Json(new EchoResponse(message!, data is null ? null : new RawJson(data)), AppJson.Context.EchoResponse);
        }
    }
}
