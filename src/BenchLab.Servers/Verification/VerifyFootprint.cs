using System.Globalization;
using BenchLab.Servers.Verification.Lab;

namespace BenchLab.Servers.Verification;

/// <summary>
/// What verify writes, so that it can remove it (contract §8.5): users it creates (ids above 100,000, emails
/// <c>verify-TAG-n@verify.test</c>), bulk batches keyed <c>verify-TAG-…</c>, and its own Redis keys. Every name
/// carries the run's tag, so a cleanup can never touch a row verify did not create.
/// </summary>
public sealed class VerifyFootprint(string tag)
{
    private readonly HashSet<string> _redisKeys = new(StringComparer.Ordinal);
    private int _sequence;

    public string Tag => tag;

    public string EmailPrefix => $"verify-{tag}-";

    public string NextEmail() => $"{EmailPrefix}{Next()}@verify.test";

    /// <summary>A unique name for a user verify creates (1..100 characters).</summary>
    public string NextName(string purpose) => $"Verify {purpose} {Next()}";

    /// <summary>A bulk batch key matching <c>^[A-Za-z0-9_-]{1,64}$</c>.</summary>
    public string NextBatch(string purpose) => $"verify-{tag}-{purpose}-{Next()}";

    public void TrackRedisKey(string key) => _redisKeys.Add(key);

    /// <summary>Removes every row and key verify created; returns what it removed, in words.</summary>
    public async Task<string> CleanupAsync(LabDatabase database, RedisInspector redis, CancellationToken cancellationToken)
    {
        var users = await database.ExecuteAsync("DELETE FROM users WHERE email LIKE $1", cancellationToken, EmailPrefix + "%");
        var items = await database.ExecuteAsync("DELETE FROM bulk_items WHERE batch_key LIKE $1", cancellationToken, $"verify-{tag}-%");
        var keys = 0;
        foreach (var key in _redisKeys)
        {
            keys += await redis.DeleteAsync(key) ? 1 : 0;
        }
        _redisKeys.Clear();
        return $"removed {users} users, {items} bulk items and {keys} Redis keys verify had created";
    }

    private string Next() => Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
}
