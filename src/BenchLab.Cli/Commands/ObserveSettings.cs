using System.ComponentModel;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Infra.Database;
using BenchLab.Telemetry.Metrics;
using BenchLab.Telemetry.Processes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

public sealed class ObserveSettings : CommandSettings
{
    [CommandOption("--pid <PID>")]
    [Description("The process to observe (any language; .NET processes also show GC and thread-pool counters).")]
    public int? Pid { get; init; }

    [CommandOption("--tree")]
    [Description("Include the process's descendants (pre-forking servers: gunicorn, puma, node cluster).")]
    public bool Tree { get; init; }

    [CommandOption("--pg [CONNECTION]")]
    [Description("Also observe PostgreSQL: a postgresql:// URI or Npgsql string of a superuser; without a value $BENCHLAB_PG, else the embedded instance.")]
    public FlagValue<string> Postgres { get; init; } = new();

    [CommandOption("--redis [CONNECTION]")]
    [Description("Also observe Redis: redis://host:port/0 or host:port; without a value $BENCHLAB_REDIS, else the embedded instance.")]
    public FlagValue<string> Redis { get; init; } = new();

    [CommandOption("--database <NAME>")]
    [Description("The database the server uses.")]
    [DefaultValue(LabDatabases.Benchmark)]
    public string Database { get; init; } = LabDatabases.Benchmark;

    [CommandOption("--role <NAME>")]
    [Description("The role the server logs in as: only its statements and connections count.")]
    [DefaultValue(LabDatabases.Role)]
    public string Role { get; init; } = LabDatabases.Role;

    [CommandOption("-d|--duration <DURATION>")]
    [Description("How long to observe (30s, 2m, 1m30s). Default: until Ctrl-C or the process exits.")]
    public string? Duration { get; init; }

    [CommandOption("-i|--interval <INTERVAL>")]
    [Description("Sampling interval.")]
    [DefaultValue("1s")]
    public string Interval { get; init; } = "1s";

    [CommandOption("--metrics-port [PORT]")]
    [Description("Also serve the samples in Prometheus text format on 127.0.0.1:PORT/metrics (default port 9470, what deploy/prometheus scrapes).")]
    public FlagValue<int> MetricsPort { get; init; } = new();

    [CommandOption("--json <FILE>")]
    [Description("Write the timeline and the PostgreSQL/Redis deltas to FILE as JSON.")]
    public string? Json { get; init; }

    [CommandOption("--instance <NAME>")]
    [Description("The embedded instance set --pg/--redis use when given without a value.")]
    [DefaultValue(InfraOptions.DefaultInstance)]
    public string Instance { get; init; } = InfraOptions.DefaultInstance;

    public TimeSpan? DurationValue => Duration is null ? null : ObserveDuration.Parse(Duration, "--duration");

    public TimeSpan IntervalValue => ObserveDuration.Parse(Interval, "--interval");

    public int? MetricsPortValue => MetricsEndpoint.Port(MetricsPort);

    public override ValidationResult Validate()
    {
        if (Pid is null)
        {
            return ValidationResult.Error("--pid is required: the process to observe, e.g. ./benchlab observe --pid 12345");
        }
        if (Pid <= 0 || ProcStat.TryRead(Pid.Value) is null)
        {
            return ValidationResult.Error($"--pid {Pid}: no such process");
        }
        if (MetricsEndpoint.Invalid(MetricsPort) is { } invalidPort)
        {
            return ValidationResult.Error(invalidPort);
        }
        try
        {
            _ = DurationValue;
            if (IntervalValue < TimeSpan.FromMilliseconds(100))
            {
                return ValidationResult.Error($"--interval {Interval} is shorter than 100ms");
            }
        }
        catch (UsageException e)
        {
            return ValidationResult.Error(e.Message);
        }
        return ValidationResult.Success();
    }
}
