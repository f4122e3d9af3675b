using System.Globalization;
using System.Net;

// GET / → "Hello, World!" as text/plain from Kestrel on 127.0.0.1:PORT (first argument), nothing else: the
// smallest ASP.NET Core endpoint, to compare load generators on a .NET server as well as on nginx.
var port = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8080;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
var app = builder.Build();
app.MapGet("/", () => Results.Text("Hello, World!"));
app.Run();
