using BenchLab.Infra.Processes;
using BenchLab.Testing;
using Microsoft.AspNetCore.Builder;
using MinimalServer.Configuration;

namespace MinimalServer.Tests;

/// <summary>
/// The server hosted in the test process on a free loopback port, against a private clone of the seeded
/// database and a private redis-server, so tests may write, flush and stop things freely.
/// </summary>
public sealed class RunningServer : IAsyncLifetime
{
    private WebApplication? _app;

    public TestDatabase Database { get; private set; } = null!;

    public PrivateRedis Redis { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public ServerSettings Settings { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Redis = await PrivateRedis.StartAsync();
        Settings = SettingsFor(Database.Server.ToUri(), Redis.Endpoint.ToUri());
        _app = await StartAsync(Settings);
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Settings.Port}") };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await Redis.DisposeAsync();
        await Database.DisposeAsync();
    }

    public static ServerSettings SettingsFor(string databaseUrl, string redisUrl) => ServerSettings.FromEnvironment(name => name switch
    {
        "PORT" => FreePort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture),
        "DATABASE_URL" => databaseUrl,
        "REDIS_URL" => redisUrl,
        "SERVER_NAME" => "minimal-test",
        _ => null,
    });

    public static async Task<WebApplication> StartAsync(ServerSettings settings)
    {
        var app = ServerApp.Build([], settings);
        await app.StartAsync();
        return app;
    }
}
