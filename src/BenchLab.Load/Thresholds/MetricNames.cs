namespace BenchLab.Load.Thresholds;

/// <summary>The metrics thresholds can name (k6's names, plus the open model's service time).</summary>
public static class MetricNames
{
    public const string HttpReqDuration = "http_req_duration";
    public const string HttpReqServiceTime = "http_req_service_time";
    public const string HttpReqFailed = "http_req_failed";
    public const string HttpReqs = "http_reqs";
    public const string GroupDuration = "group_duration";
    public const string IterationDuration = "iteration_duration";
    public const string Iterations = "iterations";
    public const string DroppedIterations = "dropped_iterations";
    public const string Checks = "checks";
    public const string DataSent = "data_sent";
    public const string DataReceived = "data_received";

    public static readonly IReadOnlySet<string> Trends = new HashSet<string> { HttpReqDuration, HttpReqServiceTime, GroupDuration, IterationDuration };
    public static readonly IReadOnlySet<string> Rates = new HashSet<string> { HttpReqFailed, Checks };
    public static readonly IReadOnlySet<string> Counters = new HashSet<string> { HttpReqs, Iterations, DroppedIterations, DataSent, DataReceived };

    public static string All => string.Join(", ", Trends.Concat(Rates).Concat(Counters));
}
