namespace BenchLab.Servers.Manifests;

/// <summary>
/// The environment the lab hands a server (contract §1.1). Connection settings are URIs the lab fills in
/// for the PostgreSQL and Redis it runs: a manifest lists which of these it needs and never writes their values.
/// </summary>
public static class LabVariables
{
    public const string DatabaseUrl = "DATABASE_URL";
    public const string RedisUrl = "REDIS_URL";
    public const string ServerName = "SERVER_NAME";
    public const string JwtSecret = "JWT_SECRET";
    public const string DbPoolMax = "DB_POOL_MAX";

    /// <summary>contract §9.8: the number of OS processes or workers; passed when the manifest declares <c>processes</c>.</summary>
    public const string Processes = "PROCESSES";

    /// <summary>contract §3.8: the secret the lab gives servers, and verify signs its test tokens with.</summary>
    public const string DefaultJwtSecret = "benchmark-secret-key-12345-benchlab-hs256";

    /// <summary>contract §1.1: the pool size every server gets unless a variant says otherwise.</summary>
    public const int DefaultDbPoolMax = 20;

    public static IReadOnlyList<string> All { get; } = [DatabaseUrl, RedisUrl, ServerName, JwtSecret, DbPoolMax];

    public static bool IsLabVariable(string name) => All.Contains(name, StringComparer.Ordinal);
}
