using BenchLab.Load.Metrics;
using HdrHistogram;

namespace BenchLab.Load.Timeline;

/// <summary>One series (requests of one name in one group with one tag set, or one group's durations) over one
/// timeline interval: counts and V2-encoded interval-precision histograms.</summary>
public sealed class IntervalData
{
    internal IntervalData(long count, long failed, long bytesSent, long bytesReceived, byte[] latency, byte[]? service)
    {
        Count = count;
        Failed = failed;
        BytesSent = bytesSent;
        BytesReceived = bytesReceived;
        EncodedLatency = latency;
        EncodedService = service;
    }

    public long Count { get; }

    public long Failed { get; }

    public long BytesSent { get; }

    public long BytesReceived { get; }

    /// <summary>Latency (or group duration) in µs, HdrHistogram V2 encoding.</summary>
    public byte[] EncodedLatency { get; }

    /// <summary>Service time in µs, HdrHistogram V2 encoding; null for groups.</summary>
    public byte[]? EncodedService { get; }

    public HistogramBase Latency() => HistogramCodec.Decode(EncodedLatency);

    public HistogramBase? Service() => EncodedService is null ? null : HistogramCodec.Decode(EncodedService);

    internal long FootprintBytes => EncodedLatency.Length + (EncodedService?.Length ?? 0) + 64;

    internal static IntervalData Merge(IntervalData a, IntervalData b) =>
        new(a.Count + b.Count, a.Failed + b.Failed, a.BytesSent + b.BytesSent, a.BytesReceived + b.BytesReceived,
            MergeEncoded(a.EncodedLatency, b.EncodedLatency)!, MergeEncoded(a.EncodedService, b.EncodedService));

    private static byte[]? MergeEncoded(byte[]? a, byte[]? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }
        var merged = HistogramConfig.CreateInterval();
        HistogramCodec.AddTo(merged, a);
        HistogramCodec.AddTo(merged, b);
        return HistogramCodec.Encode(merged);
    }
}
