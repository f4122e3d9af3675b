using BenchLab.Load.Http;
using HdrHistogram;
using HdrHistogram.Encoding;
using HdrHistogram.Utilities;

namespace BenchLab.Load.Metrics;

/// <summary>
/// Everything one event loop measures. Only its own loop thread writes to it, so recording takes no lock and
/// allocates nothing once a series exists; the run's totals are read after the loop has ended, and each
/// second's interval is encoded and handed over when the second closes.
/// </summary>
internal sealed class LoopRecorder
{
    private SeriesRecorder?[] _series = new SeriesRecorder?[16];
    private GroupRecorder?[] _groups = new GroupRecorder?[8];
    private long[] _checkPasses = new long[16];
    private long[] _checkFails = new long[16];
    private long[] _intervalCheckPasses = new long[16];
    private long[] _intervalCheckFails = new long[16];
    private readonly ByteBuffer _encodeBuffer = ByteBuffer.Allocate(HistogramConfig.CreateInterval().GetNeededByteBufferCapacity());

    public LongHistogram IterationDuration { get; } = HistogramConfig.CreateFull();

    /// <summary>How late iterations started while a VU was free (open model): the generator's own lag.</summary>
    public LongHistogram SchedulingLag { get; } = HistogramConfig.CreateFull();

    public long Iterations { get; private set; }
    public long FailedIterations { get; private set; }
    public long InterruptedIterations { get; set; }

    /// <summary>Requests still in flight when the run ended (the graceful stop was over): never answered.</summary>
    public long InterruptedRequests { get; private set; }

    /// <summary>How long each interrupted request had been waiting when the run ended (µs).</summary>
    public LongHistogram InterruptedWaiting { get; } = HistogramConfig.CreateFull();
    public long DroppedIterations { get; private set; }
    public long LaggedIterations { get; private set; }
    public long Reconnects { get; set; }
    public long[] StatusCodes { get; } = new long[600];
    public List<string> IterationErrors { get; } = [];
    public long IterationErrorCount { get; private set; }

    private long _intervalIterations;
    private long _intervalDropped;
    private long _intervalTimedOut;
    private long _intervalInterrupted;

    public IEnumerable<(int Id, SeriesRecorder Recorder)> Series =>
        _series.Select((s, i) => (i, s)).Where(p => p.s is not null).Select(p => (p.i, p.s!));

    public IEnumerable<(int Id, GroupRecorder Recorder)> Groups =>
        _groups.Select((g, i) => (i, g)).Where(p => p.g is not null).Select(p => (p.i, p.g!));

    public long CheckPasses(int id) => id < _checkPasses.Length ? _checkPasses[id] : 0;

    public long CheckFails(int id) => id < _checkFails.Length ? _checkFails[id] : 0;

    public void RecordRequest(int seriesId, int status, long latencyUs, long serviceUs, bool failed, RequestError error, long bytesSent, long bytesReceived)
    {
        var series = SeriesAt(seriesId);
        series.Record(StatusClass.Of(status), latencyUs, serviceUs, failed, error, bytesSent, bytesReceived);
        if (status is > 0 and < 600)
        {
            StatusCodes[status]++;
        }
        if (error == RequestError.Timeout)
        {
            _intervalTimedOut++;
        }
    }

    /// <summary>A request the run ended on before any answer came, with how long it had waited (µs).</summary>
    public void RecordInterrupted(long waitedUs)
    {
        InterruptedRequests++;
        _intervalInterrupted++;
        HistogramConfig.Record(InterruptedWaiting, waitedUs);
    }

    public void RecordGroup(int groupId, long durationUs)
    {
        if (groupId >= _groups.Length)
        {
            Array.Resize(ref _groups, Math.Max(groupId + 1, _groups.Length * 2));
        }
        (_groups[groupId] ??= new GroupRecorder()).Record(durationUs);
    }

    public void RecordCheck(int checkId, bool passed)
    {
        if (checkId >= _checkPasses.Length)
        {
            var size = Math.Max(checkId + 1, _checkPasses.Length * 2);
            Array.Resize(ref _checkPasses, size);
            Array.Resize(ref _checkFails, size);
            Array.Resize(ref _intervalCheckPasses, size);
            Array.Resize(ref _intervalCheckFails, size);
        }
        if (passed)
        {
            _checkPasses[checkId]++;
            _intervalCheckPasses[checkId]++;
        }
        else
        {
            _checkFails[checkId]++;
            _intervalCheckFails[checkId]++;
        }
    }

    public void RecordIteration(long durationUs, Exception? error)
    {
        HistogramConfig.Record(IterationDuration, durationUs);
        Iterations++;
        _intervalIterations++;
        if (error is not null)
        {
            FailedIterations++;
            IterationErrorCount++;
            if (IterationErrors.Count < 10)
            {
                IterationErrors.Add($"{error.GetType().Name}: {error.Message}");
            }
        }
    }

    public void RecordDropped()
    {
        DroppedIterations++;
        _intervalDropped++;
    }

    public void RecordLag(long lagUs, long lagLimitUs)
    {
        HistogramConfig.Record(SchedulingLag, lagUs);
        if (lagUs > lagLimitUs)
        {
            LaggedIterations++;
        }
    }

    /// <summary>Encodes and resets the current interval's histograms and counters.</summary>
    public IntervalSlice CloseInterval(int loop, long second, long widthTicks, long busyTicks, int activeVus, int allocatedVus)
    {
        var requests = new List<IntervalEntry>();
        foreach (var (id, series) in Series)
        {
            if (series.IntervalCount == 0)
            {
                continue;
            }
            requests.Add(new IntervalEntry(id, series.IntervalCount, series.IntervalFailed, series.IntervalBytesSent, series.IntervalBytesReceived, EncodeAndReset(series.IntervalLatency), EncodeAndReset(series.IntervalService)));
            series.IntervalCount = series.IntervalFailed = series.IntervalBytesSent = series.IntervalBytesReceived = 0;
        }
        var groups = new List<IntervalEntry>();
        foreach (var (id, group) in Groups)
        {
            if (group.IntervalCount == 0)
            {
                continue;
            }
            groups.Add(new IntervalEntry(id, group.IntervalCount, 0, 0, 0, EncodeAndReset(group.IntervalDuration), null));
            group.IntervalCount = 0;
        }
        var checks = new List<(int, long, long)>();
        for (var i = 0; i < _intervalCheckPasses.Length; i++)
        {
            if (_intervalCheckPasses[i] + _intervalCheckFails[i] > 0)
            {
                checks.Add((i, _intervalCheckPasses[i], _intervalCheckFails[i]));
                _intervalCheckPasses[i] = _intervalCheckFails[i] = 0;
            }
        }
        var slice = new IntervalSlice(loop, second, widthTicks, requests, groups, checks, _intervalIterations, _intervalDropped, busyTicks, activeVus, allocatedVus, _intervalTimedOut, _intervalInterrupted);
        _intervalIterations = 0;
        _intervalDropped = 0;
        _intervalTimedOut = 0;
        _intervalInterrupted = 0;
        return slice;
    }

    private byte[] EncodeAndReset(HistogramBase histogram)
    {
        _encodeBuffer.Position = 0;
        var length = histogram.Encode(_encodeBuffer, HistogramEncoderV2.Instance);
        var bytes = new byte[length];
        _encodeBuffer.Position = 0;
        for (var i = 0; i < length; i++)
        {
            bytes[i] = _encodeBuffer.Get();
        }
        histogram.Reset();
        return bytes;
    }

    private SeriesRecorder SeriesAt(int id)
    {
        if (id >= _series.Length)
        {
            Array.Resize(ref _series, Math.Max(id + 1, _series.Length * 2));
        }
        return _series[id] ??= new SeriesRecorder();
    }
}

/// <summary>group_duration of one group on one loop.</summary>
internal sealed class GroupRecorder
{
    public LongHistogram Duration { get; } = HistogramConfig.CreateFull();
    public LongHistogram IntervalDuration { get; } = HistogramConfig.CreateInterval();
    public long IntervalCount;

    public void Record(long durationUs)
    {
        HistogramConfig.Record(Duration, durationUs);
        HistogramConfig.Record(IntervalDuration, durationUs);
        IntervalCount++;
    }
}
