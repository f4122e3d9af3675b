using System.Diagnostics;
using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Metrics;

namespace BenchLab.Load.Engine;

/// <summary>
/// When iterations start. One code path for both workload models: an iteration starts on a free VU either
/// because the VU finished its previous one (closed model) or because its intended start came (open model).
/// In the open model an iteration that finds every VU busy waits in the backlog and, when it starts, is timed
/// from its intended start (wrk2's correction for coordinated omission); only beyond the backlog bound is it
/// dropped and counted.
/// </summary>
internal sealed partial class EventLoop
{
    private readonly bool _open;
    private readonly int _maxVus;
    private readonly LongQueue _backlog;
    private readonly long? _iterationsPerVu;
    private readonly long _lagLimitTicks;
    private readonly Stack<VuContext> _idle = new();
    private readonly Queue<VuContext> _ready = new();
    private readonly PriorityQueue<VuContext, long> _sleepers = new();
    private Phase _phase = Phase.Preparing;
    private ArrivalSchedule? _schedule;
    private long _nextArrival = long.MaxValue;
    private bool _scheduleDone;
    private long _drainDeadline;
    private int _busyCount;
    private int _lastTarget = -1;

    private int ActiveVuCount => _open ? _busyCount : _vus.Count(v => v.Active);

    private void BeginSchedule(long start)
    {
        // VUs were created before setup ran; hand them what it returned.
        foreach (var vu in _vus)
        {
            vu.SetupData = _run.SetupData;
        }
        if (_open)
        {
            _schedule = _run.Test.Executor.CreateSchedule()!.ForLoop(_index, _loops);
            NextArrival(start);
            foreach (var vu in _vus)
            {
                vu.Active = true;
                vu.FreeSince = start;
                _idle.Push(vu);
            }
        }
        else
        {
            ApplyTarget(_run.Test.Executor.TargetVus(TimeSpan.Zero));
        }
    }

    private void NextArrival(long start)
    {
        if (_schedule!.TryNext(out var offset))
        {
            _nextArrival = start + (long)(offset * _run.TicksPerSecond);
        }
        else
        {
            _scheduleDone = true;
            _nextArrival = long.MaxValue;
        }
    }

    /// <summary>Phase changes and the closed model's VU target, checked every few milliseconds.</summary>
    private void UpdateSchedule(long now)
    {
        if (_phase == Phase.Running)
        {
            if (!_open)
            {
                var elapsed = TimeSpan.FromSeconds((now - _run.StartTicks) / (double)_run.TicksPerSecond);
                var target = _run.Test.Executor.TargetVus(elapsed);
                if (target != _lastTarget)
                {
                    ApplyTarget(target);
                }
            }
            var allIterationsDone = _iterationsPerVu is { } limit && _busyCount == 0 && _vus.All(v => v.IterationsDone >= limit);
            if (now >= _run.EndTicks || allIterationsDone || (_open && _scheduleDone && _busyCount == 0 && _backlog.Count == 0))
            {
                _phase = Phase.Draining;
                _drainDeadline = Math.Min(now, _run.EndTicks) + _run.Ticks(_run.Test.Executor.GracefulStop);
                _ready.Clear();
            }
        }
        if (_phase == Phase.Draining)
        {
            var idle = _busyCount == 0 && (!_open || (_backlog.Count == 0 && _scheduleDone));
            if (idle || now >= _drainDeadline)
            {
                Finish(now);
            }
        }
    }

    private void ApplyTarget(int target)
    {
        _lastTarget = target;
        foreach (var vu in _vus)
        {
            var active = vu.Id - 1 < target;
            if (active && !vu.Active)
            {
                vu.Active = true;
                if (!vu.Busy)
                {
                    _ready.Enqueue(vu);
                }
            }
            else if (!active)
            {
                vu.Active = false;
            }
        }
    }

    private void StartDueIterations(long now)
    {
        while (_sleepers.Count > 0 && _sleepers.TryPeek(out var sleeper, out var wake) && wake <= now)
        {
            _sleepers.Dequeue();
            sleeper.Sleeping = false;
            sleeper.SetResult(default);
        }
        if (_phase == Phase.Finished)
        {
            return;
        }
        if (_open)
        {
            StartArrivals(now);
            return;
        }
        for (var n = _ready.Count; n > 0 && _ready.Count > 0; n--)
        {
            var vu = _ready.Dequeue();
            if (_phase == Phase.Running && vu.Active && !vu.Busy)
            {
                StartIteration(vu, now);
            }
        }
    }

    private void StartArrivals(long now)
    {
        while (_backlog.Count > 0 && _idle.Count > 0)
        {
            StartOnIdleVu(_backlog.Dequeue(), now);
        }
        while (!_scheduleDone && _nextArrival <= now)
        {
            var intended = _nextArrival;
            NextArrival(_run.StartTicks);
            if (_backlog.Count == 0 && _idle.Count > 0)
            {
                StartOnIdleVu(intended, now);
                continue;
            }
            if (_vus.Count < _maxVus)
            {
                // As k6 does: when every VU is busy, bring in another (up to maxVUs); it takes the backlog once connected.
                AllocateVu();
            }
            if (!_backlog.TryEnqueue(intended))
            {
                Recorder.RecordDropped();
            }
        }
    }

    private void AllocateVu()
    {
        var vu = AddVu();
        vu.Active = true;
        StartConnect(vu);
        if (vu.Connection.State == ConnectionState.Disconnected)
        {
            // Could not even start connecting: let it take iterations, which then fail and are counted.
            vu.FreeSince = Stopwatch.GetTimestamp();
            _idle.Push(vu);
        }
    }

    private void StartOnIdleVu(long intended, long now)
    {
        var vu = _idle.Pop();
        // Lag is the generator's own: the iteration was due and a VU was free, yet it started late.
        var lag = now - Math.Max(intended, vu.FreeSince);
        Recorder.RecordLag(HistogramConfig.TicksToMicroseconds(Math.Max(0, lag)), HistogramConfig.TicksToMicroseconds(_lagLimitTicks));
        StartIteration(vu, intended);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2012:Use ValueTasks correctly",
        Justification = "The pending ValueTask is kept in the VU and consumed exactly once, by its own continuation (VuContext.OnIterationCompleted).")]
    private void StartIteration(VuContext vu, long intended)
    {
        vu.Iteration++;
        vu.IterationStart = intended;
        vu.IterationOriginPending = _open;
        vu.Busy = true;
        vu.GroupId = MetricRegistry.RootGroup;
        _busyCount++;
        try
        {
            var task = _run.Test.Iteration(vu);
            if (!task.IsCompleted)
            {
                // The usual case: the iteration waits for a response; its end is reported by the continuation.
                vu.PendingIteration = task;
                task.GetAwaiter().UnsafeOnCompleted(vu.IterationCompleted);
                return;
            }
            task.GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            EndIteration(vu, e);
            return;
        }
        EndIteration(vu, null);
    }

    internal void EndIteration(VuContext vu, Exception? error)
    {
        var now = Stopwatch.GetTimestamp();
        if (vu.Recording)
        {
            Recorder.RecordIteration(HistogramConfig.TicksToMicroseconds(now - vu.IterationStart), error);
        }
        vu.Busy = false;
        vu.IterationOriginPending = false;
        vu.GroupId = MetricRegistry.RootGroup;
        vu.IterationsDone++;
        _busyCount--;
        if (_phase == Phase.Finished)
        {
            return;
        }
        if (_open)
        {
            vu.FreeSince = now;
            _idle.Push(vu);
        }
        else if (_phase == Phase.Running && vu.Active && (_iterationsPerVu is not { } limit || vu.IterationsDone < limit))
        {
            _ready.Enqueue(vu);
        }
    }

    internal ValueTask Sleep(VuContext vu, TimeSpan duration)
    {
        EnsureLoopThread();
        if (vu.InFlight || vu.Sleeping)
        {
            throw new InvalidOperationException("a VU sleeps only when it has no request in flight");
        }
        vu.ResetSource();
        vu.Sleeping = true;
        _sleepers.Enqueue(vu, Stopwatch.GetTimestamp() + _run.Ticks(duration));
        return new ValueTask(vu, vu.SourceVersion);
    }

    /// <summary>At the hard stop: iterations still running are interrupted, iterations still waiting are dropped.</summary>
    private void InterruptRemaining()
    {
        Recorder.InterruptedIterations += _busyCount;
        while (_backlog.Count > 0)
        {
            _backlog.Dequeue();
            Recorder.RecordDropped();
        }
        _ready.Clear();
        _sleepers.Clear();
    }
}
