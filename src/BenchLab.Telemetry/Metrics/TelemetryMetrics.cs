using System.Globalization;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Telemetry.Metrics;

/// <summary>
/// Publishes each <see cref="TelemetryFrame"/> into a <see cref="MetricRegistry"/> under <c>benchlab_*</c> names
/// (the names deploy/grafana's dashboard queries). Per-second figures are gauges of the last interval; totals
/// that only grow (GC collections, allocated bytes, frames) are counters.
/// </summary>
public sealed class TelemetryMetrics(MetricRegistry registry, int? pid = null, string? processName = null, string? database = null, string? redis = null)
{
    private readonly (string, string)[] _process = pid is null ? [] : [("pid", pid.Value.ToString(CultureInfo.InvariantCulture)), ("name", processName ?? "")];
    private readonly (string, string)[] _database = database is null ? [] : [("database", database)];
    private readonly (string, string)[] _redis = redis is null ? [] : [("instance", redis)];

    /// <summary>Every metric name <see cref="Publish"/> can set (the dashboard test checks the dashboard against it).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "benchlab_telemetry_run_seconds", "benchlab_telemetry_frames_total",
        "benchlab_process_cpu_percent", "benchlab_process_user_cpu_percent", "benchlab_process_system_cpu_percent",
        "benchlab_process_resident_memory_bytes", "benchlab_process_threads", "benchlab_process_open_fds", "benchlab_process_count",
        "benchlab_dotnet_gc_heap_bytes", "benchlab_dotnet_gc_committed_bytes", "benchlab_dotnet_gc_collections_total",
        "benchlab_dotnet_gc_pause_seconds_total", "benchlab_dotnet_time_in_gc_percent", "benchlab_dotnet_allocated_bytes_total",
        "benchlab_dotnet_threadpool_threads", "benchlab_dotnet_threadpool_queue_length", "benchlab_dotnet_exceptions_total",
        "benchlab_postgres_statements_per_second", "benchlab_postgres_rows_per_second", "benchlab_postgres_connections",
        "benchlab_postgres_connections_in_use_max", "benchlab_postgres_blocks_hit_per_second", "benchlab_postgres_blocks_read_per_second",
        "benchlab_postgres_buffer_hit_ratio", "benchlab_postgres_commits_per_second",
        "benchlab_redis_ops_per_second", "benchlab_redis_hits_per_second", "benchlab_redis_misses_per_second", "benchlab_redis_hit_ratio",
        "benchlab_redis_used_memory_bytes", "benchlab_redis_connected_clients", "benchlab_redis_keys",
    ];

    public void Publish(TelemetryFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        registry.SetGauge("benchlab_telemetry_run_seconds", "Seconds since the run's start on the lab's monotonic clock, at the last frame.", frame.Time.Seconds);
        registry.AddCounter("benchlab_telemetry_frames_total", "Telemetry frames recorded.", 1);
        if (frame.Process is { } p)
        {
            registry.SetGauge("benchlab_process_cpu_percent", "CPU used by the observed process in the last interval, % of one core.", p.CpuPercent, _process);
            registry.SetGauge("benchlab_process_user_cpu_percent", "User-mode CPU of the observed process, % of one core.", p.UserCpuPercent, _process);
            registry.SetGauge("benchlab_process_system_cpu_percent", "Kernel-mode CPU of the observed process, % of one core.", p.SystemCpuPercent, _process);
            registry.SetGauge("benchlab_process_resident_memory_bytes", "Resident set size of the observed process.", p.RssBytes, _process);
            registry.SetGauge("benchlab_process_threads", "Threads of the observed process.", p.Threads, _process);
            registry.SetGauge("benchlab_process_open_fds", "Open file descriptors of the observed process.", p.OpenFileDescriptors ?? double.NaN, _process);
            registry.SetGauge("benchlab_process_count", "Processes observed (the process and its descendants when included).", p.Processes, _process);
        }
        if (frame.Runtime is { } r)
        {
            registry.SetGauge("benchlab_dotnet_gc_heap_bytes", "Managed heap in use (gc-heap-size).", r.GcHeapBytes, _process);
            registry.SetGauge("benchlab_dotnet_gc_committed_bytes", "Memory committed by the GC.", r.GcCommittedBytes, _process);
            registry.AddCounter("benchlab_dotnet_gc_collections_total", "GC collections by generation.", r.Gen0Collections, [.. _process, ("generation", "0")]);
            registry.AddCounter("benchlab_dotnet_gc_collections_total", "GC collections by generation.", r.Gen1Collections, [.. _process, ("generation", "1")]);
            registry.AddCounter("benchlab_dotnet_gc_collections_total", "GC collections by generation.", r.Gen2Collections, [.. _process, ("generation", "2")]);
            registry.AddCounter("benchlab_dotnet_gc_pause_seconds_total", "Time the GC paused the process.", r.GcPauseMilliseconds / 1000, _process);
            registry.SetGauge("benchlab_dotnet_time_in_gc_percent", "% of time in GC since the previous GC.", r.TimeInGcPercent, _process);
            registry.AddCounter("benchlab_dotnet_allocated_bytes_total", "Bytes allocated on the managed heap.", r.AllocatedBytes, _process);
            registry.SetGauge("benchlab_dotnet_threadpool_threads", "Thread-pool threads.", r.ThreadPoolThreads, _process);
            registry.SetGauge("benchlab_dotnet_threadpool_queue_length", "Work items queued for the thread pool.", r.ThreadPoolQueueLength, _process);
            registry.AddCounter("benchlab_dotnet_exceptions_total", "Exceptions thrown.", r.Exceptions, _process);
        }
        if (frame.Postgres is { } pg)
        {
            registry.SetGauge("benchlab_postgres_statements_per_second", "Data statements of the server role per second (resets, BEGIN/COMMIT and SET excluded).", pg.StatementsPerSecond, _database);
            registry.SetGauge("benchlab_postgres_rows_per_second", "Rows returned or affected by the server role's data statements per second.", pg.RowsPerSecond, _database);
            foreach (var (state, count) in new[] { ("active", pg.Connections.Active), ("idle", pg.Connections.Idle), ("idle_in_transaction", pg.Connections.IdleInTransaction), ("waiting_on_lock", pg.Connections.WaitingOnLock) })
            {
                registry.SetGauge("benchlab_postgres_connections", "The server role's backends by state.", count, [.. _database, ("state", state)]);
            }
            registry.SetGauge("benchlab_postgres_connections_in_use_max", "Most of the server role's backends in use at once in the last interval (pool pressure).", pg.ConnectionsInUseMax, _database);
            registry.SetGauge("benchlab_postgres_blocks_hit_per_second", "Shared-buffer hits per second (pg_stat_database; trails by up to a second).", pg.BlocksHitPerSecond, _database);
            registry.SetGauge("benchlab_postgres_blocks_read_per_second", "Blocks read into shared buffers per second.", pg.BlocksReadPerSecond, _database);
            registry.SetGauge("benchlab_postgres_buffer_hit_ratio", "blks_hit / (blks_hit + blks_read) in the last interval.", pg.BufferHitRatio ?? double.NaN, _database);
            registry.SetGauge("benchlab_postgres_commits_per_second", "Transactions committed per second.", pg.CommitsPerSecond, _database);
        }
        if (frame.Redis is { } redis)
        {
            registry.SetGauge("benchlab_redis_ops_per_second", "Redis commands per second, the lab's own excluded.", redis.OperationsPerSecond, _redis);
            registry.SetGauge("benchlab_redis_hits_per_second", "Redis keyspace hits per second.", redis.HitsPerSecond, _redis);
            registry.SetGauge("benchlab_redis_misses_per_second", "Redis keyspace misses per second.", redis.MissesPerSecond, _redis);
            registry.SetGauge("benchlab_redis_hit_ratio", "keyspace_hits / (hits + misses) in the last interval.", redis.HitRatio ?? double.NaN, _redis);
            registry.SetGauge("benchlab_redis_used_memory_bytes", "Memory used by Redis.", redis.UsedMemoryBytes, _redis);
            registry.SetGauge("benchlab_redis_connected_clients", "Client connections other than the lab's.", redis.ConnectedClients, _redis);
            registry.SetGauge("benchlab_redis_keys", "Keys in all databases.", redis.Keys, _redis);
        }
    }
}
