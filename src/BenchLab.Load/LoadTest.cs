using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Thresholds;

namespace BenchLab.Load;

/// <summary>
/// Everything one run needs: where the load goes, how iterations are scheduled, what an iteration does, and the
/// thresholds that decide the exit code. An iteration is ordinary async code over a <see cref="VuContext"/>:
/// <code>
/// Iteration = async vu =>
/// {
///     using (vu.Group("Cursor pagination"))
///     {
///         var request = new HttpRequest("GET", $"/users/cursor?cursor={vu.Random.Int(0, 99980)}&amp;size=20") { Name = "GET /users/cursor" };
///         var response = await vu.SendAsync(request);
///         vu.Check(response.Status == 200, "status is 200");
///     }
/// }
/// </code>
/// </summary>
public sealed class LoadTest
{
    public required LoadTarget Target { get; init; }

    public required ExecutorConfig Executor { get; init; }

    /// <summary>One iteration of a VU. It runs on the engine's event-loop thread: await only
    /// <see cref="VuContext.SendAsync"/> (and other iteration code), never block, never Task.Run.</summary>
    public required Func<VuContext, ValueTask> Iteration { get; init; }

    /// <summary>Runs once before the VUs start, on a VU of its own whose requests are not measured; what it
    /// returns is every VU's <see cref="VuContext.SetupData"/> (k6's setup()).</summary>
    public Func<VuContext, ValueTask<object?>>? Setup { get; init; }

    /// <summary>Runs once after the VUs stop, with the setup data (k6's teardown()); not measured.</summary>
    public Func<VuContext, ValueTask>? Teardown { get; init; }

    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>Per-request timeout (contract §1.5: 60 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Seed of the per-VU mulberry32 streams (contract §1.5).</summary>
    public uint RunSeed { get; init; } = 20260101;

    /// <summary>Event-loop threads; VUs are dealt round-robin to them. One loop is the measured default on the
    /// lab's 2-core machines (the server needs the other core).</summary>
    public int EventLoops { get; init; } = 1;

    /// <summary>How long a loop busy-polls (epoll_wait with timeout 0) before sleeping, when it is near
    /// saturation. Off by default: on the lab's machines it bought no throughput and cost 5–30 % more CPU per
    /// request (docs/load-engine.md, "Busy-poll"); turn it on where the target slows down when the generator sleeps.</summary>
    public TimeSpan BusyPoll { get; init; } = TimeSpan.Zero;

    /// <summary>When the run counts as limited by the generator itself.</summary>
    public ValidityLimits Validity { get; init; } = new();

    /// <summary>Loopback targets only, unless set (ad-hoc mode's --allow-remote).</summary>
    public bool AllowRemote { get; init; }

    /// <summary>Every problem with the test, each a sentence; empty when it can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = Executor.Validate().Select(p => $"{Executor.Type}: {p}").ToList();
        if (!Target.IsLoopback && !AllowRemote)
        {
            problems.Add($"{Target} is not a loopback address; load goes to this machine only unless remote targets are allowed (--allow-remote)");
        }
        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(30))
        {
            problems.Add("the request timeout must be between 1 ms and 30 minutes");
        }
        if (EventLoops is < 1 or > 64)
        {
            problems.Add("event loops must be between 1 and 64");
        }
        if (BusyPoll < TimeSpan.Zero || BusyPoll > TimeSpan.FromMilliseconds(10))
        {
            problems.Add("busy-poll must be between 0 and 10 ms");
        }
        return problems;
    }
}

/// <summary>
/// The limits beyond which a run is flagged invalid because the generator, not the server, set the pace.
/// </summary>
public sealed record ValidityLimits
{
    /// <summary>An iteration that starts this much after its intended time while a VU was free counts as lagged.</summary>
    public TimeSpan LagLimit { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>More than this fraction of lagged iterations makes the run invalid.</summary>
    public double MaxLaggedFraction { get; init; } = 0.01;

    /// <summary>More than this fraction of started requests without an answer (timed out, or interrupted at the end)
    /// makes the run invalid.</summary>
    public double MaxUnfinishedFraction { get; init; } = 0.01;

    /// <summary>An event loop busy for more than this fraction of the run (it never waited for the network)
    /// means the generator's CPU was saturated.</summary>
    public double MaxLoopBusyFraction { get; init; } = 0.95;
}
