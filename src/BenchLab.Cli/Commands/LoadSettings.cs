using System.ComponentModel;
using System.Globalization;
using BenchLab.Load.Executors;
using BenchLab.Load.Thresholds;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

/// <summary>Ad-hoc load against one URL, as with wrk or hey; --rate switches to the open model (wrk2).</summary>
public sealed class LoadSettings : CommandSettings
{
    [CommandArgument(0, "<URL>")]
    [Description("The http:// URL to load, e.g. http://127.0.0.1:8080/health (loopback only, unless --allow-remote).")]
    public string Url { get; init; } = "";

    [CommandOption("-c|--connections <N>")]
    [Description("Connections (= VUs, one keep-alive connection each, one request in flight per connection). With --rate: the connections pre-allocated. Default 10 (contract §1.5).")]
    [DefaultValue(10)]
    public int Connections { get; init; } = 10;

    [CommandOption("-d|--duration <DURATION>")]
    [Description("How long to send: 10s, 1m30s, 500ms. Default 10s.")]
    [DefaultValue("10s")]
    public string Duration { get; init; } = "10s";

    [CommandOption("-r|--rate <PER_SECOND>")]
    [Description("Open model: start this many requests per second whatever the server does; latency is then measured from each request's intended start (corrected for coordinated omission).")]
    public double? Rate { get; init; }

    [CommandOption("--max-connections <N>")]
    [Description("Open model: connections may grow up to this many when all are busy (default: --connections).")]
    public int? MaxConnections { get; init; }

    [CommandOption("--max-backlog <N>")]
    [Description("Open model: requests that may wait for a free connection before new ones are dropped (default: 10 s of arrivals, at least 1,000).")]
    public int? MaxBacklog { get; init; }

    [CommandOption("--stage <DURATION:TARGET>")]
    [Description("Ramp instead of holding steady (repeatable): connections (closed model) or requests/s (with --rate, which is then the starting rate), e.g. --stage 10s:50 --stage 30s:50 --stage 10s:0. Replaces --duration.")]
    public string[] Stages { get; init; } = [];

    [CommandOption("-m|--method <METHOD>")]
    [Description("HTTP method. Default GET.")]
    [DefaultValue("GET")]
    public string Method { get; init; } = "GET";

    [CommandOption("-H|--header <HEADER>")]
    [Description("A request header 'Name: value' (repeatable).")]
    public string[] Headers { get; init; } = [];

    [CommandOption("-b|--body <TEXT>")]
    [Description("Request body (JSON unless --content-type says otherwise).")]
    public string? Body { get; init; }

    [CommandOption("--body-file <PATH>")]
    [Description("Request body read from a file.")]
    public string? BodyFile { get; init; }

    [CommandOption("--content-type <TYPE>")]
    [Description("Content-Type of the body. Default application/json.")]
    [DefaultValue("application/json")]
    public string ContentType { get; init; } = "application/json";

    [CommandOption("--name <NAME>")]
    [Description("The name requests are reported under (default: METHOD /path).")]
    public string? Name { get; init; }

    [CommandOption("--timeout <DURATION>")]
    [Description("Per-request timeout. Default 60s.")]
    [DefaultValue("60s")]
    public string Timeout { get; init; } = "60s";

    [CommandOption("--graceful-stop <DURATION>")]
    [Description("How long requests in flight at the end may take to finish. Default 30s.")]
    [DefaultValue("30s")]
    public string GracefulStop { get; init; } = "30s";

    [CommandOption("--threshold <EXPRESSION>")]
    [Description("A k6-style threshold (repeatable), e.g. 'http_req_duration: p(95)<200' or 'http_req_failed: rate<0.01'; append ' abortOnFail' to stop the run when it fails. A failed threshold makes the exit code 1.")]
    public string[] Thresholds { get; init; } = [];

    [CommandOption("--loops <N>")]
    [Description("Event-loop threads (each one core at most). Default 1.")]
    [DefaultValue(1)]
    public int Loops { get; init; } = 1;

    [CommandOption("--busy-poll <DURATION>")]
    [Description("Near saturation, busy-poll this long before sleeping in epoll_wait (e.g. 50us). Default 0: off.")]
    [DefaultValue("0")]
    public string BusyPoll { get; init; } = "0";

    [CommandOption("--seed <N>")]
    [Description("Run seed of the per-VU random streams. Default 20260101.")]
    [DefaultValue(20260101u)]
    public uint Seed { get; init; } = 20260101;

    [CommandOption("--allow-remote")]
    [Description("Allow a target that is not a loopback address.")]
    public bool AllowRemote { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No live progress (for CI); the summary is still printed.")]
    public bool Quiet { get; init; }

    [CommandOption("--json")]
    [Description("Print the summary as one JSON object on stdout (requests, rps, errors, latency_ms {p50,p90,p95,p99,max}, …) instead of the table.")]
    public bool Json { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("Also write the full result (every series, the per-second timeline, HdrHistograms) as JSON to FILE.")]
    public string? Out { get; init; }

    internal TimeSpan ParsedDuration => ParseDuration(Duration);
    internal TimeSpan ParsedTimeout => ParseDuration(Timeout);
    internal TimeSpan ParsedGracefulStop => ParseDuration(GracefulStop);
    internal TimeSpan ParsedBusyPoll => ParseDuration(BusyPoll);
    internal IReadOnlyList<Stage> ParsedStages => [.. Stages.Select(ParseStage)];
    internal IReadOnlyList<Threshold> ParsedThresholds => [.. Thresholds.Select(Threshold.Parse)];

    public override ValidationResult Validate()
    {
        foreach (var (flag, value) in new[] { ("--duration", Duration), ("--timeout", Timeout), ("--graceful-stop", GracefulStop), ("--busy-poll", BusyPoll) })
        {
            if (!DurationText.TryParse(value, out _))
            {
                return ValidationResult.Error($"{flag}: '{value}' is not a duration; write it like 10s, 1m30s or 500ms");
            }
        }
        if (Connections < 1)
        {
            return ValidationResult.Error($"--connections must be at least 1 (got {Connections})");
        }
        if (Rate is { } rate && !(rate > 0))
        {
            return ValidationResult.Error($"--rate must be a positive number of requests per second (got {rate.ToString(CultureInfo.InvariantCulture)})");
        }
        if (MaxConnections is { } max && max < Connections)
        {
            return ValidationResult.Error($"--max-connections ({max}) must not be below --connections ({Connections})");
        }
        if ((MaxConnections is not null || MaxBacklog is not null) && Rate is null)
        {
            return ValidationResult.Error("--max-connections and --max-backlog belong to the open model: add --rate");
        }
        if (Loops is < 1 or > 64)
        {
            return ValidationResult.Error($"--loops must be between 1 and 64 (got {Loops})");
        }
        if (Body is not null && BodyFile is not null)
        {
            return ValidationResult.Error("give either --body or --body-file, not both");
        }
        if (BodyFile is not null && !File.Exists(BodyFile))
        {
            return ValidationResult.Error($"--body-file: '{BodyFile}' does not exist");
        }
        var badHeader = Headers.FirstOrDefault(h => h.IndexOf(':', StringComparison.Ordinal) <= 0);
        if (badHeader is not null)
        {
            return ValidationResult.Error($"--header '{badHeader}' must read 'Name: value'");
        }
        foreach (var stage in Stages)
        {
            try
            {
                ParseStage(stage);
            }
            catch (FormatException e)
            {
                return ValidationResult.Error(e.Message);
            }
        }
        foreach (var threshold in Thresholds)
        {
            try
            {
                Threshold.Parse(threshold);
            }
            catch (FormatException e)
            {
                return ValidationResult.Error($"--threshold: {e.Message}");
            }
        }
        return base.Validate();
    }

    private static TimeSpan ParseDuration(string text) => DurationText.TryParse(text, out var value) ? value : TimeSpan.Zero;

    private static Stage ParseStage(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !DurationText.TryParse(text[..colon], out var duration)
            || !double.TryParse(text[(colon + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var target))
        {
            throw new FormatException($"--stage '{text}' must read DURATION:TARGET, e.g. 30s:50");
        }
        return new Stage(duration, target);
    }
}
