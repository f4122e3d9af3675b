namespace BenchLab.Scenarios.Model;

/// <summary>
/// What a scenario may do besides sending its load: the lab-side setup and teardown of contract §4 (warm a
/// cache, pin Redis memory, read the final stock). The runner implements it over the lab's own connections.
/// </summary>
public interface IScenarioLab
{
    /// <summary>The server under test, e.g. http://127.0.0.1:43121.</summary>
    Uri ServerUrl { get; }

    /// <summary>At most 16 characters, unique per run (scenario 12's batch keys).</summary>
    string RunId { get; }

    RunMode Mode { get; }

    /// <summary>A client pointed at the server, for setup calls that are not measured.</summary>
    HttpClient Http { get; }

    /// <summary>Redis <c>INFO memory</c> used_memory in bytes.</summary>
    Task<long> RedisUsedMemoryAsync(CancellationToken cancellationToken);

    Task RedisConfigSetAsync(string parameter, string value, CancellationToken cancellationToken);

    /// <summary>One value read by the lab (as the superuser) from the benchmark database.</summary>
    Task<long> ScalarAsync(string sql, CancellationToken cancellationToken);
}
