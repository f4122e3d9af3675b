using BenchLab.Infra.Processes;
using BenchLab.Testing;

namespace MinimalServer.Tests;

/// <summary>PostgreSQL or Redis unreachable is a 503 problem, never a 500 or a hang (contract §1.3).</summary>
public sealed class UnreachableDependencyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dead_database_gives_503_and_health_still_answers()
    {
        await using var redis = await PrivateRedis.StartAsync(Token);
        var closedPort = FreePort.Find();
        var settings = RunningServer.SettingsFor($"postgresql://benchmark:benchmark@127.0.0.1:{closedPort}/benchmark", redis.Endpoint.ToUri());
        await using var app = await RunningServer.StartAsync(settings);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{settings.Port}") };

        await Http.AssertProblem(await client.GetAsync("/users/1", Token), 503);
        await Http.AssertProblem(await client.GetAsync("/aggregation/count/orm", Token), 503);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health", Token)).StatusCode);
        await app.StopAsync(Token);
    }

    [Fact]
    public async Task A_dead_redis_gives_503_without_falling_back_to_the_database()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        var redis = await PrivateRedis.StartAsync(Token);
        var settings = RunningServer.SettingsFor(database.Server.ToUri(), redis.Endpoint.ToUri());
        await using var app = await RunningServer.StartAsync(settings);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{settings.Port}") };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/cache/users/1/cached", Token)).StatusCode);

        await redis.DisposeAsync();

        await Http.AssertProblem(await client.GetAsync("/cache/users/2/cached", Token), 503);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/cache/users/2/no-cache", Token)).StatusCode);
        await app.StopAsync(Token);
    }
}
