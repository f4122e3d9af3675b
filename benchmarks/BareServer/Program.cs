using System.Net;
using System.Text.Json.Serialization;
using BareServer;

// GET /health returning the same JSON as servers/minimal, with no middleware, filters or error pipeline:
// the ceiling that servers/minimal's full stack is compared against.
var port = int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "8000", System.Globalization.CultureInfo.InvariantCulture);
var name = Environment.GetEnvironmentVariable("SERVER_NAME") ?? "minimal";
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Listen(IPAddress.Loopback, port);
});
var app = builder.Build();
var response = new Health("ok", name);
app.MapGet("/health", () => TypedResults.Json(response, BareJsonContext.Default.Health));
await app.RunAsync();

namespace BareServer
{
    public sealed record Health(string Status, string Server);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
    [JsonSerializable(typeof(Health))]
    public sealed partial class BareJsonContext : JsonSerializerContext;
}
