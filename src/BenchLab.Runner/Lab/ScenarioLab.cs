using System.Globalization;
using BenchLab.Infra.Database;
using BenchLab.Scenarios.Model;
using StackExchange.Redis;

namespace BenchLab.Runner.Lab;

/// <summary>What a scenario's preparation and outcome code may use: the server over HTTP, Redis admin commands, lab reads of the database.</summary>
public sealed class ScenarioLab(LabSession session, Uri serverUrl, string runId, RunMode mode) : IScenarioLab, IDisposable
{
    public Uri ServerUrl { get; } = serverUrl;

    public string RunId { get; } = runId;

    public RunMode Mode { get; } = mode;

    public HttpClient Http { get; } = new() { BaseAddress = serverUrl, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<long> RedisUsedMemoryAsync(CancellationToken cancellationToken)
    {
        await using var redis = await ConnectAsync();
        var info = await Server(redis).InfoAsync("memory");
        var used = info.SelectMany(group => group).First(pair => pair.Key == "used_memory").Value;
        return long.Parse(used, CultureInfo.InvariantCulture);
    }

    public async Task RedisConfigSetAsync(string parameter, string value, CancellationToken cancellationToken)
    {
        await using var redis = await ConnectAsync();
        await Server(redis).ConfigSetAsync(parameter, value);
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await NpgsqlConnectionExtensions.OpenNewAsync(session.Endpoints.LabDatabase.ToLabConnectionString("benchlab-runner"), cancellationToken);
        return Convert.ToInt64(await connection.ScalarAsync<object>(sql, cancellationToken), CultureInfo.InvariantCulture);
    }

    public void Dispose() => Http.Dispose();

    private Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(session.Endpoints.Redis.ToStackExchange(allowAdmin: true));

    private IServer Server(ConnectionMultiplexer redis) => redis.GetServer(session.Endpoints.Redis.Host, session.Endpoints.Redis.Port);
}
