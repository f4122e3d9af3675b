using System.Diagnostics;
using System.Threading.Tasks.Sources;
using BenchLab.Load.Engine;
using BenchLab.Load.Http;
using BenchLab.Load.Metrics;
using BenchLab.Load.Scripting;

namespace BenchLab.Load;

/// <summary>
/// A virtual user: what an iteration sees. It owns one keep-alive connection, its random stream and its state,
/// and sends one request at a time. <see cref="SendAsync"/> completes on the event-loop thread, which runs the
/// iteration's continuation inline — no thread-pool hop and, once warm, no allocation per request.
/// </summary>
public sealed class VuContext : IValueTaskSource<HttpResponse>, IValueTaskSource
{
    private readonly EventLoop _loop;
    private ManualResetValueTaskSourceCore<HttpResponse> _source = new() { RunContinuationsAsynchronously = false };

    internal VuContext(EventLoop loop, int id, int localIndex, uint runSeed, bool recording)
    {
        _loop = loop;
        Id = id;
        LocalIndex = localIndex;
        Random = Mulberry32.ForVu(runSeed, id);
        Recording = recording;
        IterationCompleted = OnIterationCompleted;
    }

    /// <summary>The VU number, from 1 (k6's __VU); 0 for the setup and teardown VU.</summary>
    public int Id { get; }

    /// <summary>How many iterations this VU started before the current one (k6's __ITER).</summary>
    public long Iteration { get; internal set; } = -1;

    /// <summary>This VU's mulberry32 stream (contract §1.5).</summary>
    public Mulberry32 Random { get; }

    /// <summary>What <see cref="LoadTest.Setup"/> returned (e.g. a token from a login), shared by every VU.</summary>
    public object? SetupData { get; internal set; }

    /// <summary>Anything the scenario keeps per VU between iterations (a per-VU token, a counter).</summary>
    public object? State { get; set; }

    public LoadTarget Target => _loop.Target;

    /// <summary>Now on the engine's clock (Stopwatch ticks, CLOCK_MONOTONIC on Linux).</summary>
    public static long Now => Stopwatch.GetTimestamp();

    /// <summary>Time since the measured run started.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_loop.StartTicks);

    /// <summary>The group the VU is in: "" at the top, "::A" inside group A, "::A::B" when nested.</summary>
    public string GroupPath => _loop.Registry.GroupPath(GroupId);

    /// <summary>Sends a request on this VU's connection and completes when its response has been read to the end
    /// (or failed: status 0 and <see cref="HttpResponse.Error"/>). One request at a time per VU.</summary>
    public ValueTask<HttpResponse> SendAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _loop.Send(this, request);
    }

    /// <summary>Waits without blocking the loop (think time, k6's sleep()).</summary>
    public ValueTask SleepAsync(TimeSpan duration) => _loop.Sleep(this, duration);

    /// <summary>Enters a group until the returned scope is disposed; its duration is the group's
    /// <c>group_duration</c>. A group entered before the iteration's first request starts at the iteration's
    /// intended start, so that in the open model it includes any wait for a free VU.</summary>
    public GroupScope Group(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var parent = GroupId;
        var group = _loop.GroupId(parent, name);
        var start = IterationOriginPending ? IterationStart : Stopwatch.GetTimestamp();
        GroupId = group;
        return new GroupScope(this, parent, group, start);
    }

    /// <summary>Records a named check in the current group and returns <paramref name="passed"/>. Checks never
    /// stop an iteration; they matter through thresholds on <c>checks</c>.</summary>
    public bool Check(bool passed, string name)
    {
        if (Recording)
        {
            _loop.Recorder.RecordCheck(_loop.CheckId(GroupId, name), passed);
        }
        return passed;
    }

    /// <summary>Records a check computed from a response; a predicate that throws counts as failed.</summary>
    public bool Check(in HttpResponse response, string name, Func<HttpResponse, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        bool passed;
        try
        {
            passed = predicate(response);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            passed = false;
        }
        return Check(passed, name);
    }

    // ---- engine side ----

    internal readonly Connection Connection = new();
    internal readonly ResponseBuffer Buffer = new();
    internal readonly Action IterationCompleted;
    internal int LocalIndex { get; }
    internal bool Recording { get; }
    internal int GroupId;
    internal bool Active;
    internal bool Busy;
    internal bool InFlight;
    internal bool Sleeping;
    internal bool Retried;
    internal bool IterationOriginPending;
    internal long IterationStart;
    internal long FreeSince;
    internal long Intended;
    internal long SentAt;
    internal long Deadline;
    internal long IterationsDone;
    internal HttpRequest? Request;
    internal int SeriesId;
    internal long FirstLatencyUs = -1;
    internal ValueTask PendingIteration;

    internal short SourceVersion => _source.Version;

    internal void ResetSource() => _source.Reset();

    internal void SetResult(HttpResponse response) => _source.SetResult(response);

    internal void EndGroup(int group, int previousGroup, long start)
    {
        if (Recording)
        {
            _loop.Recorder.RecordGroup(group, HistogramConfig.TicksToMicroseconds(Stopwatch.GetTimestamp() - start));
        }
        GroupId = previousGroup;
    }

    private void OnIterationCompleted()
    {
        var task = PendingIteration;
        PendingIteration = default;
        Exception? error = null;
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            error = e;
        }
        _loop.EndIteration(this, error);
    }

    HttpResponse IValueTaskSource<HttpResponse>.GetResult(short token) => _source.GetResult(token);

    void IValueTaskSource.GetResult(short token) => _source.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource<HttpResponse>.GetStatus(short token) => _source.GetStatus(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _source.GetStatus(token);

    void IValueTaskSource<HttpResponse>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _source.OnCompleted(continuation, state, token, flags);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _source.OnCompleted(continuation, state, token, flags);

    public override string ToString() => $"VU {Id}";
}
