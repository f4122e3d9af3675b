namespace BenchLab.Infra.Postgres;

/// <summary>
/// The settings the lab gives its embedded PostgreSQL beyond the defaults, each with its reason. Everything
/// else stays at PostgreSQL's defaults (contract §2.1: durability on, shared_buffers 128 MB, work_mem 4 MB),
/// and <c>infra status</c> prints what the server reports as non-default.
/// </summary>
public static class PostgresServerConfig
{
    public static readonly IReadOnlyList<(string Name, string Value, string Reason)> Settings =
    [
        ("listen_addresses", "'127.0.0.1'", "loopback only"),
        ("unix_socket_directories", "''", "TCP only, so no socket folder has to be shared between root and the postgres account"),
        ("shared_preload_libraries", "'pg_stat_statements'", "statement counts per request (contract §1.4)"),
        ("max_connections", "200", "servers' pools (DB_POOL_MAX up to 50) plus parallel test databases"),
        ("lc_messages", "'C'", "error messages in English whatever the machine's locale"),
    ];

    public static string ConfigurationBlock() =>
        "\n# --- BenchLab (src/BenchLab.Infra/Postgres/PostgresServerConfig.cs) ---\n"
        + string.Concat(Settings.Select(s => $"{s.Name} = {s.Value}    # {s.Reason}\n"));
}
