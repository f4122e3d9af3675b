using BenchLab.Load.Http;
using HdrHistogram;

namespace BenchLab.Load.Metrics;

/// <summary>One request series on one event loop: full-precision histograms and counts per status class for the
/// run, and the reduced-precision histograms of the current one-second interval.</summary>
internal sealed class SeriesRecorder
{
    public readonly LongHistogram?[] Latency = new LongHistogram?[StatusClass.Count];
    public readonly LongHistogram?[] Service = new LongHistogram?[StatusClass.Count];
    public readonly long[] Failed = new long[StatusClass.Count];
    public readonly long[] BytesSent = new long[StatusClass.Count];
    public readonly long[] BytesReceived = new long[StatusClass.Count];
    public readonly long[] Errors = new long[Enum.GetValues<RequestError>().Length];

    public readonly LongHistogram IntervalLatency = HistogramConfig.CreateInterval();
    public readonly LongHistogram IntervalService = HistogramConfig.CreateInterval();
    public long IntervalCount;
    public long IntervalFailed;
    public long IntervalBytesSent;
    public long IntervalBytesReceived;

    public void Record(int statusClass, long latencyUs, long serviceUs, bool failed, RequestError error, long bytesSent, long bytesReceived)
    {
        HistogramConfig.Record(Latency[statusClass] ??= HistogramConfig.CreateFull(), latencyUs);
        HistogramConfig.Record(Service[statusClass] ??= HistogramConfig.CreateFull(), serviceUs);
        Errors[(int)error]++;
        BytesSent[statusClass] += bytesSent;
        BytesReceived[statusClass] += bytesReceived;
        HistogramConfig.Record(IntervalLatency, latencyUs);
        HistogramConfig.Record(IntervalService, serviceUs);
        IntervalCount++;
        IntervalBytesSent += bytesSent;
        IntervalBytesReceived += bytesReceived;
        if (failed)
        {
            Failed[statusClass]++;
            IntervalFailed++;
        }
    }
}
