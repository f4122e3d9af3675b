using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Metrics;
using BenchLab.Load.Native;

namespace BenchLab.Load.Engine;

/// <summary>
/// One single-threaded event loop: non-blocking sockets registered once with level-triggered EPOLLIN, one
/// recv per readiness event into a shared native buffer, the next request sent as soon as a response
/// completes, and a short busy-poll before sleeping in epoll_wait. It owns its VUs, their connections and its
/// <see cref="LoopRecorder"/>; nothing it touches on the hot path is shared with another thread.
/// This file holds the loop itself; the HTTP exchange and the iteration scheduling are in the partial files.
/// </summary>
internal sealed unsafe partial class EventLoop : IDisposable
{
    private const int MaxEvents = 256;
    private const int ReceiveBufferSize = 256 * 1024;

    private readonly RunContext _run;
    private readonly int _index;
    private readonly int _loops;
    private readonly byte[] _address;
    private readonly long _busyPollTicks;
    private readonly long _housekeepingTicks;
    private readonly long _timeoutTicks;
    private readonly int _epollFd;
    private readonly EpollEvent* _events;
    private readonly byte* _receiveBuffer;
    private readonly List<VuContext> _vus = [];
    private readonly Dictionary<(int Parent, string Name), int> _groupIds = [];
    private readonly Dictionary<(int Group, string Name), int> _checkIds = [];
    private bool _pwait2 = true;
    private int _threadId;
    private long _idleTicks;
    private long _intervalIdleStart;
    private long _nextHousekeeping;
    private long _nextSecond;
    private long _secondIndex;

    public EventLoop(RunContext run, int index, int loops)
    {
        _run = run;
        _index = index;
        _loops = loops;
        _address = Sockets.Address(run.Test.Target.Address, run.Test.Target.Port);
        _busyPollTicks = run.Ticks(run.Test.BusyPoll);
        _housekeepingTicks = run.Ticks(TimeSpan.FromMilliseconds(5));
        _timeoutTicks = run.Ticks(run.Test.RequestTimeout);
        _epollFd = LibC.epoll_create1(LinuxConstants.EpollCloexec);
        if (_epollFd < 0)
        {
            throw new InvalidOperationException($"epoll_create1 failed: {Sockets.Describe(LibC.LastError)}");
        }
        _events = (EpollEvent*)NativeMemory.Alloc(MaxEvents, (nuint)sizeof(EpollEvent));
        _receiveBuffer = (byte*)NativeMemory.Alloc(ReceiveBufferSize);
        var executor = run.Test.Executor;
        _open = executor.IsOpenModel;
        _maxVus = Share(executor.MaxVus);
        _backlog = new LongQueue(_open ? Share(executor.BacklogLimit) : 0);
        _iterationsPerVu = executor.IterationsPerVu;
        _lagLimitTicks = run.Ticks(run.Test.Validity.LagLimit);
    }

    public LoopRecorder Recorder { get; } = new();

    public MetricRegistry Registry => _run.Registry;

    public LoadTarget Target => _run.Test.Target;

    public long StartTicks => _run.StartTicks;

    public long FinishedTicks { get; private set; }

    public long BusyTicks { get; private set; }

    public long WallTicks { get; private set; }

    public IReadOnlyList<VuContext> Vus => _vus;

    /// <summary>This loop's share of a run-wide count (VUs, backlog), dealt round-robin.</summary>
    private int Share(int total) => total / _loops + (_index < total % _loops ? 1 : 0);

    /// <summary>On the loop thread, before the run's clock starts: connects the pre-allocated VUs. Returns an
    /// error message when none could connect.</summary>
    public string? Prepare()
    {
        _threadId = Environment.CurrentManagedThreadId;
        var count = Share(_run.Test.Executor.PreAllocatedVus);
        for (var i = 0; i < count; i++)
        {
            var vu = AddVu();
            StartConnect(vu);
        }
        var deadline = Stopwatch.GetTimestamp() + _run.Ticks(TimeSpan.FromSeconds(10));
        while (_vus.Any(v => v.Connection.State == ConnectionState.Connecting) && Stopwatch.GetTimestamp() < deadline)
        {
            HandleEvents(Wait(Stopwatch.GetTimestamp() + _run.Ticks(TimeSpan.FromMilliseconds(100))));
        }
        var connected = _vus.Count(v => v.Connection.State == ConnectionState.Idle);
        if (count > 0 && connected == 0)
        {
            return _connectError ?? $"cannot connect to {Target}";
        }
        return null;
    }

    /// <summary>Runs a one-off piece of code (setup, teardown) on this loop with a VU that records nothing.</summary>
    public T RunUnmeasured<T>(Func<VuContext, ValueTask<T>> action, object? setupData, TimeSpan limit)
    {
        _threadId = Environment.CurrentManagedThreadId;
        var vu = new VuContext(this, 0, -1, _run.Test.RunSeed, recording: false) { SetupData = setupData };
        var deadline = Stopwatch.GetTimestamp() + _run.Ticks(limit);
        _unmeasured = vu;
        try
        {
            var task = action(vu);
            while (!task.IsCompleted && Stopwatch.GetTimestamp() < deadline)
            {
                var now = Stopwatch.GetTimestamp();
                CheckTimeouts(now);
                HandleEvents(Wait(now + _housekeepingTicks));
            }
            if (!task.IsCompleted)
            {
                throw new TimeoutException($"did not finish within {Executors.Describe.Duration(limit)}");
            }
            return task.GetAwaiter().GetResult();
        }
        finally
        {
            _unmeasured = null;
            Close(vu);
        }
    }

    /// <summary>The measured run: from the shared start until the schedule and the graceful stop are over.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run()
    {
        _threadId = Environment.CurrentManagedThreadId;
        var start = _run.StartTicks;
        _nextSecond = start + _run.TicksPerSecond;
        _intervalIdleStart = _idleTicks;
        _idleAtStart = _idleTicks;
        _nextHousekeeping = start;
        _phase = Phase.Running;
        BeginSchedule(start);
        while (true)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= _nextHousekeeping)
            {
                Housekeeping(now);
                if (_phase == Phase.Finished)
                {
                    break;
                }
            }
            StartDueIterations(now);
            HandleEvents(Wait(NextDeadline()));
        }
        WallTicks = FinishedTicks - start;
        BusyTicks = WallTicks - (_idleTicks - _idleAtStart);
    }

    private long _idleAtStart;

    private void Housekeeping(long now)
    {
        if (_run.StopReason is not null)
        {
            Finish(now);
            return;
        }
        CheckTimeouts(now);
        UpdateSchedule(now);
        UpdateSpinning(now);
        while (now >= _nextSecond)
        {
            CloseInterval(_nextSecond);
        }
        _nextHousekeeping = now + _housekeepingTicks;
    }

    private void CloseInterval(long end)
    {
        var idle = _idleTicks - _intervalIdleStart;
        _intervalIdleStart = _idleTicks;
        var width = end - (_run.StartTicks + _secondIndex * _run.TicksPerSecond);
        _run.Slices.Enqueue(Recorder.CloseInterval(_index, _secondIndex, width, Math.Max(0, width - idle), ActiveVuCount, _vus.Count));
        _secondIndex++;
        _nextSecond += _run.TicksPerSecond;
    }

    private void Finish(long now)
    {
        RecordUnanswered(now);
        InterruptRemaining();
        FinishedTicks = now;
        if (now > _run.StartTicks + _secondIndex * _run.TicksPerSecond)
        {
            CloseInterval(now);
        }
        foreach (var vu in _vus)
        {
            Close(vu);
        }
        _phase = Phase.Finished;
    }

    private long NextDeadline()
    {
        var deadline = _nextHousekeeping;
        if (_ready.Count > 0 || (_open && _backlog.Count > 0 && _idle.Count > 0))
        {
            return 0;
        }
        if (_open && _nextArrival < deadline)
        {
            deadline = _nextArrival;
        }
        if (_sleepers.Count > 0 && _sleepers.TryPeek(out _, out var wake) && wake < deadline)
        {
            deadline = wake;
        }
        return deadline;
    }

    /// <summary>
    /// Waits for readiness until the deadline. Near saturation (the loop busy at least half the time) it first
    /// busy-polls for a few tens of microseconds: sleeping after every response would make the server wake the
    /// generator for each one, which on loopback costs the server enough to halve its throughput. Far from
    /// saturation the gaps are long and spinning would only burn CPU, so it sleeps at once (one blocking call,
    /// which returns at once when something is already ready). Time spent here counts as idle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Wait(long deadline)
    {
        var spin = _spinning;
        int n;
        if (spin)
        {
            n = LibC.epoll_poll(_epollFd, _events, MaxEvents, 0);
            if (n != 0)
            {
                return Math.Max(n, 0);
            }
        }
        var idleStart = Stopwatch.GetTimestamp();
        if (!spin && idleStart >= deadline)
        {
            return Math.Max(LibC.epoll_poll(_epollFd, _events, MaxEvents, 0), 0);
        }
        var spinEnd = spin ? idleStart + _busyPollTicks : idleStart;
        n = 0;
        var now = idleStart;
        while (now < deadline)
        {
            n = now < spinEnd ? LibC.epoll_poll(_epollFd, _events, MaxEvents, 0) : Block(deadline - now);
            now = Stopwatch.GetTimestamp();
            if (n != 0)
            {
                break;
            }
        }
        _idleTicks += now - idleStart;
        return Math.Max(n, 0);
    }

    // Busy-polling is switched on when the loop was busy at least half of the last housekeeping window and
    // off below 40 % (hysteresis, so that it does not flap around one value).
    private const double SpinOnBusy = 0.5;
    private const double SpinOffBusy = 0.4;
    private bool _spinning;
    private long _spinWindowStart;
    private long _spinWindowIdle;

    private void UpdateSpinning(long now)
    {
        var wall = now - _spinWindowStart;
        if (_busyPollTicks <= 0 || wall <= 0)
        {
            _spinning = false;
            return;
        }
        var busy = 1 - (_idleTicks - _spinWindowIdle) / (double)wall;
        _spinning = busy >= (_spinning ? SpinOffBusy : SpinOnBusy);
        _spinWindowStart = now;
        _spinWindowIdle = _idleTicks;
    }

    private int Block(long ticks)
    {
        if (_pwait2)
        {
            var nanoseconds = ticks * 1_000_000_000 / _run.TicksPerSecond;
            var timeout = new Timespec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
            var n = LibC.epoll_pwait2(_epollFd, _events, MaxEvents, &timeout, 0);
            if (n >= 0 || LibC.LastError != LinuxConstants.ENoSys)
            {
                return n;
            }
            _pwait2 = false;
        }
        var milliseconds = (int)Math.Min(int.MaxValue, (ticks * 1000 + _run.TicksPerSecond - 1) / _run.TicksPerSecond);
        return LibC.epoll_wait(_epollFd, _events, MaxEvents, milliseconds);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void HandleEvents(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var e = _events[i];
            var local = (int)e.Data;
            var vu = local == -1 ? _unmeasured : _vus[local];
            if (vu is not null)
            {
                OnReady(vu, e.Events);
            }
        }
    }

    internal int GroupId(int parent, string name)
    {
        if (!_groupIds.TryGetValue((parent, name), out var id))
        {
            id = Registry.Group(MetricRegistry.ChildPath(Registry.GroupPath(parent), name));
            _groupIds[(parent, name)] = id;
        }
        return id;
    }

    internal int CheckId(int group, string name)
    {
        if (!_checkIds.TryGetValue((group, name), out var id))
        {
            id = Registry.Check(group, name);
            _checkIds[(group, name)] = id;
        }
        return id;
    }

    private void EnsureLoopThread()
    {
        if (Environment.CurrentManagedThreadId != _threadId)
        {
            throw new InvalidOperationException(
                "SendAsync was called off the engine's event-loop thread: an iteration must await only the VU's own calls (no Task.Run, Task.Delay or ConfigureAwait(false)); use vu.SleepAsync for think time");
        }
    }

    public void Dispose()
    {
        foreach (var vu in _vus)
        {
            Close(vu);
        }
        LibC.close(_epollFd);
        NativeMemory.Free(_events);
        NativeMemory.Free(_receiveBuffer);
    }

    private enum Phase
    {
        Preparing,
        Running,
        Draining,
        Finished,
    }
}
