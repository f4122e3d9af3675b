using System.Globalization;

// FIXTURE_MODE picks the behaviour a lifecycle test needs:
//   ready           answers GET /health with 200 (and GET /env/NAME with the value of NAME)
//   never-ready     listens, but GET /health answers 503
//   exit-early      writes a reason to stderr and exits with code 3 before listening
//   hang-on-stop    like ready, but after SIGTERM its shutdown never finishes, so the lab has to kill it
var mode = Environment.GetEnvironmentVariable("FIXTURE_MODE") ?? "ready";
Console.Out.WriteLine($"fixture-server starting in mode {mode}");
Console.Error.WriteLine("fixture-server stderr line");
if (mode == "exit-early")
{
    Console.Error.WriteLine("cannot start: FIXTURE_MODE=exit-early");
    return 3;
}

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var port = int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "8000", CultureInfo.InvariantCulture);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
var app = builder.Build();
app.MapGet("/health", () => mode == "never-ready" ? Results.StatusCode(503) : Results.Text("{\"status\":\"ok\"}", "application/json"));
app.MapGet("/env/{name}", (string name) => Environment.GetEnvironmentVariable(name) is { } value ? Results.Text(value) : Results.NotFound());
app.Lifetime.ApplicationStopping.Register(() =>
{
    Console.Out.WriteLine("fixture-server stopping");
    if (mode == "hang-on-stop")
    {
        Thread.Sleep(TimeSpan.FromMinutes(5));
    }
});
await app.RunAsync();
return 0;
