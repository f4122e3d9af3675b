using BenchLab.Load.Http;
using BenchLab.Load.Metrics;
using HdrHistogram;

namespace BenchLab.Load.Results;

/// <summary>One request series (group, name, tags) with one status class: its full-precision histograms (µs)
/// and counts, merged over the event loops.</summary>
public sealed class RequestSeries
{
    internal RequestSeries(SeriesKey key, int statusClass, HistogramBase latency, HistogramBase service)
    {
        Key = key;
        StatusClass = statusClass;
        Latency = latency;
        ServiceTime = service;
    }

    public SeriesKey Key { get; }

    /// <summary>0 = no response, 1–5 = 1xx–5xx.</summary>
    public int StatusClass { get; }

    public string StatusClassName => Metrics.StatusClass.Name(StatusClass);

    /// <summary>From the intended send (open model) or the send (closed model) to the end of the response, µs.</summary>
    public HistogramBase Latency { get; }

    /// <summary>From handing the request to the kernel to the end of the response, µs.</summary>
    public HistogramBase ServiceTime { get; }

    public long Count => Latency.TotalCount;

    public long Failed { get; internal set; }

    public long BytesSent { get; internal set; }

    public long BytesReceived { get; internal set; }

    public Dictionary<RequestError, long> Errors { get; } = [];
}

/// <summary>group_duration of one group, full precision (µs).</summary>
public sealed record GroupSeries(string Group, HistogramBase Duration);

/// <summary>A check's passes and fails; <see cref="Rate"/> is the pass rate.</summary>
public sealed record CheckResult(string Group, string Name, long Passes, long Fails)
{
    public double Rate => Passes + Fails == 0 ? 0 : Passes / (double)(Passes + Fails);
}

/// <summary>The latency of a VU's first request (cold-start scenarios report it).</summary>
public sealed record FirstRequest(int Vu, double LatencyMs);
