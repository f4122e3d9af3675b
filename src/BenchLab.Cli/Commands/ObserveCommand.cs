using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.DotNet;
using BenchLab.Telemetry.Metrics;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Processes;
using BenchLab.Telemetry.Redis;
using BenchLab.Telemetry.Sampling;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Watch a running process — CPU, memory, threads, descriptors; GC and thread pool for .NET — and, with --pg/--redis, the server role's PostgreSQL statements, connections and buffer hits and Redis hits and misses: one line per second.")]
public sealed class ObserveCommand : AsyncCommand<ObserveSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ObserveSettings settings, CancellationToken cancellationToken)
    {
        var pid = settings.Pid!.Value;
        var postgresLogin = await ObserveTargets.PostgresAsync(settings, cancellationToken);
        var redisEndpoint = await ObserveTargets.RedisAsync(settings, cancellationToken);
        var clock = RunClock.StartNew();

        var process = AttachProcess(pid, settings.Tree);
        var runtime = DotNetRuntimeSampler.TryAttach(pid);
        await using var postgres = postgresLogin is null ? null : new PostgresStatistics(postgresLogin, settings.Role, clock);
        await using var redis = redisEndpoint is null ? null : new RedisStatistics(redisEndpoint, clock);
        await using var sources = new TelemetrySources(
            process,
            runtime,
            postgresLogin is null ? null : new PostgresSampler(postgresLogin, settings.Role),
            redis is null ? null : new RedisSampler(redis));
        var registry = new MetricRegistry();
        var metrics = new TelemetryMetrics(registry, pid, process.Name, postgresLogin?.Database, redisEndpoint is null ? null : $"{redisEndpoint.Host}:{redisEndpoint.Port}");
        await using var endpoint = MetricsEndpoint.Start(settings.MetricsPortValue, registry);

        var postgresBefore = postgres is null ? null : await StartPostgresAsync(postgres, cancellationToken);
        var redisBefore = redis is null ? null : await redis.SnapshotAsync(cancellationToken);
        Console.Error.WriteLine(Describe(pid, process.Name, runtime is not null, postgresLogin, settings.Role, redisEndpoint, settings, endpoint));

        var table = new ObserveTable(runtime is not null, postgres is not null, redis is not null);
        var timeline = await new TelemetryRecorder(clock, sources, settings.IntervalValue).RunAsync(settings.DurationValue, frame =>
        {
            metrics.Publish(frame);
            foreach (var line in table.Lines(frame))
            {
                Console.Out.WriteLine(line);
            }
        }, cancellationToken);

        // The closing snapshots run even after Ctrl-C: they are what the summary is made of.
        var postgresDelta = postgres is null || postgresBefore is null ? null : PostgresDelta.Between(postgresBefore, await postgres.SnapshotAsync(CancellationToken.None));
        var redisDelta = redis is null || redisBefore is null ? null : RedisDelta.Between(redisBefore, await redis.SnapshotAsync(CancellationToken.None));
        Console.Out.WriteLine();
        foreach (var line in ObserveSummary.Lines(timeline, postgresDelta, redisDelta))
        {
            Console.Out.WriteLine(line);
        }
        if (settings.Json is not null)
        {
            await WriteJsonAsync(settings.Json, timeline, postgresDelta, redisDelta);
            Console.Out.WriteLine($"written: {settings.Json}");
        }
        return CliApp.Success;
    }

    private static ProcessSampler AttachProcess(int pid, bool tree)
    {
        try
        {
            return ProcessSampler.Attach(pid, tree);
        }
        catch (ProcessExitedException)
        {
            throw new UsageException($"--pid {pid}: no such process");
        }
    }

    private static async Task<PostgresSnapshot> StartPostgresAsync(PostgresStatistics postgres, CancellationToken cancellationToken)
    {
        try
        {
            return await postgres.SnapshotAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            // A database or role that does not exist on that server.
            throw new UsageException($"--pg: {e.Message}; see --database and --role", e);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState is "42883" or "42P01" or "55000")
        {
            throw new UsageException($"--pg: pg_stat_statements is not available in {postgres.Database} ({e.MessageText}); it must be in shared_preload_libraries and created with CREATE EXTENSION pg_stat_statements", e);
        }
    }

    private static string Describe(int pid, string name, bool dotnet, Infra.Postgres.PostgresEndpoint? postgres, string role, Infra.Redis.RedisEndpoint? redis, ObserveSettings settings, PrometheusEndpoint? endpoint)
    {
        var parts = new List<string> { $"observing pid {pid} ({name}{(settings.Tree ? " and descendants" : "")}){(dotnet ? " with .NET runtime counters" : "")}" };
        if (postgres is not null)
        {
            parts.Add($"PostgreSQL {postgres.Host}:{postgres.Port}/{postgres.Database} as role {role}");
        }
        if (redis is not null)
        {
            parts.Add($"Redis {redis.Host}:{redis.Port}");
        }
        parts.Add($"every {settings.Interval}{(settings.Duration is null ? " until Ctrl-C" : $" for {settings.Duration}")}");
        if (endpoint is not null)
        {
            parts.Add($"metrics at {endpoint.MetricsUri}");
        }
        return "· " + string.Join("; ", parts);
    }

    private static async Task WriteJsonAsync(string path, TelemetryTimeline timeline, PostgresDelta? postgres, RedisDelta? redis)
    {
        var document = new JsonObject
        {
            ["timeline"] = JsonSerializer.SerializeToNode(timeline, TelemetryJson.Default.TelemetryTimeline),
            ["postgres"] = postgres is null ? null : JsonSerializer.SerializeToNode(postgres, TelemetryJson.Default.PostgresDelta),
            ["redis"] = redis is null ? null : JsonSerializer.SerializeToNode(redis, TelemetryJson.Default.RedisDelta),
        };
        await File.WriteAllTextAsync(path, document.ToJsonString(TelemetryJson.IndentedOptions) + "\n");
    }
}
