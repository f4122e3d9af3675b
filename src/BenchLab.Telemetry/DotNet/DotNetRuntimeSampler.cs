using System.Diagnostics.Tracing;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Sampling;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Names = BenchLab.Telemetry.DotNet.RuntimeCounterNames;

namespace BenchLab.Telemetry.DotNet;

/// <summary>
/// Reads a .NET process's runtime counters (GC heap, collections per generation, thread-pool queue, …) from
/// outside, over the runtime's diagnostic IPC channel: an EventPipe session asks the <c>System.Runtime</c>
/// EventSource to publish its counters every second, as <c>dotnet-counters</c> does. Nothing has to be built into
/// the server. The counters are published on the server's own one-second timer, so a sample carries what arrived
/// since the previous sample (usually one publication; see <see cref="DotNetRuntimeSample.CounterBatches"/>).
/// </summary>
public sealed class DotNetRuntimeSampler : ISampler<DotNetRuntimeSample>
{
    private readonly int _pid;
    private readonly RuntimeCounterState _state = new();
    private EventPipeSession? _session;
    private Task? _reader;

    private DotNetRuntimeSampler(int pid) => _pid = pid;

    /// <summary>
    /// True when <paramref name="pid"/> is a .NET process that listens for diagnostics (its
    /// <c>dotnet-diagnostic-PID-…-socket</c> exists in TMPDIR; <c>DOTNET_EnableDiagnostics=0</c> turns it off).
    /// </summary>
    public static bool IsDotNetProcess(int pid)
    {
        try
        {
            return DiagnosticsClient.GetPublishedProcesses().Contains(pid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A sampler for a .NET process, or null when <paramref name="pid"/> is not one (any other language).</summary>
    public static DotNetRuntimeSampler? TryAttach(int pid) => IsDotNetProcess(pid) ? new DotNetRuntimeSampler(pid) : null;

    public Task StartAsync(SampleTime at, CancellationToken cancellationToken = default)
    {
        var provider = new EventPipeProvider(Names.Provider, EventLevel.Informational, 0, new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
        _session = new DiagnosticsClient(_pid).StartEventPipeSession([provider], requestRundown: false);
        var source = new EventPipeEventSource(_session.EventStream);
        source.Dynamic.All += OnEvent;
        // Process() blocks until the session ends: a thread of its own, not a pool thread.
        _reader = Task.Factory.StartNew(() => source.Process(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public Task<DotNetRuntimeSample> SampleAsync(SampleTime at, CancellationToken cancellationToken = default)
    {
        var (gauges, counts, batches) = _state.Take();
        double Gauge(string name) => gauges.GetValueOrDefault(name);
        long Count(string name) => (long)Math.Round(counts.GetValueOrDefault(name));
        return Task.FromResult(new DotNetRuntimeSample(
            at,
            GcHeapBytes: (long)(Gauge(Names.GcHeapSize) * Names.Megabyte),
            GcCommittedBytes: (long)(Gauge(Names.GcCommitted) * Names.Megabyte),
            Gen0Collections: Count(Names.Gen0Count),
            Gen1Collections: Count(Names.Gen1Count),
            Gen2Collections: Count(Names.Gen2Count),
            GcPauseMilliseconds: counts.GetValueOrDefault(Names.GcPauseTime),
            TimeInGcPercent: Gauge(Names.TimeInGc),
            AllocatedBytes: Count(Names.AllocRate),
            ThreadPoolThreads: (int)Gauge(Names.ThreadPoolThreads),
            ThreadPoolQueueLength: Gauge(Names.ThreadPoolQueueLength),
            ThreadPoolCompletedItems: Count(Names.ThreadPoolCompleted),
            LockContentions: Count(Names.LockContention),
            Exceptions: Count(Names.Exceptions),
            CounterBatches: batches));
    }

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    public async ValueTask DisposeAsync()
    {
        if (_session is null)
        {
            return;
        }
        try
        {
            // Bounded: a stop request the target never answers must not hang the caller. Disposing the session
            // below closes the stream either way.
            using var limit = new CancellationTokenSource(StopTimeout);
            await _session.StopAsync(limit.Token);
        }
        catch (Exception e) when (e is ServerNotAvailableException or IOException or TimeoutException or ServerErrorException or OperationCanceledException)
        {
            // The process has gone (its end of the stream is closed, and the reader ends by itself), or it did not
            // answer the stop in time.
        }
        _session.Dispose();
        if (_reader is not null)
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void OnEvent(TraceEvent e)
    {
        if (e.EventName != "EventCounters" || e.PayloadValue(0) is not IDictionary<string, object> outer
            || outer.TryGetValue("Payload", out var inner) is false || inner is not IDictionary<string, object> payload)
        {
            return;
        }
        if (payload.TryGetValue("Name", out var name) && payload.TryGetValue("CounterType", out var type))
        {
            var key = type as string == "Sum" ? "Increment" : "Mean";
            if (payload.TryGetValue(key, out var value))
            {
                _state.Record((string)name, (string)type, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
