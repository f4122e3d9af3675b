using System.Diagnostics;
using BenchLab.Load.Engine;
using BenchLab.Load.Native;
using BenchLab.Load.Results;
using BenchLab.Load.Thresholds;

namespace BenchLab.Load;

/// <summary>
/// Runs a <see cref="LoadTest"/>: one thread per event loop (connect, setup, the measured run, teardown) and a
/// collector on the caller's side that merges each second, reports progress, stops the run on Ctrl-C or on a
/// failed abortOnFail threshold, and finally builds the <see cref="LoadResult"/>. An interrupted run still
/// returns what it measured, marked partial.
/// </summary>
public static class LoadEngine
{
    /// <summary>Why a run stopped when its cancellation token fired: the CLI cancels on SIGINT, SIGTERM and SIGHUP.</summary>
    public const string InterruptedReason = "interrupted by a signal (Ctrl-C, SIGTERM or SIGHUP)";

    private static readonly TimeSpan SetupLimit = TimeSpan.FromMinutes(2);

    public static async Task<LoadResult> RunAsync(LoadTest test, Action<LiveStatus>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(test);
        var problems = test.Validate();
        if (problems.Count > 0)
        {
            throw new LoadTestException(string.Join("; ", problems)) { IsUsageError = true };
        }
        var run = new RunContext(test);
        var loopCount = test.EventLoops;
        var loops = new EventLoop[loopCount];
        for (var i = 0; i < loopCount; i++)
        {
            loops[i] = new EventLoop(run, i, loopCount);
        }
        var prepared = Enumerable.Range(0, loopCount).Select(_ => new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var done = Enumerable.Range(0, loopCount).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var finished = new bool[loopCount];
        using var go = new ManualResetEventSlim(false);
        var started = false;
        var threads = new Thread[loopCount];
        for (var i = 0; i < loopCount; i++)
        {
            var index = i;
            threads[i] = new Thread(() => LoopMain(index))
            {
                IsBackground = true,
                Name = $"benchlab-loop-{index}",
                Priority = ThreadPriority.AboveNormal,
            };
            threads[i].Start();
        }

        void LoopMain(int index)
        {
            var loop = loops[index];
            try
            {
                var error = loop.Prepare();
                if (index == 0 && error is null && test.Setup is not null)
                {
                    run.SetupData = RunSetup(loop, test.Setup);
                }
                prepared[index].TrySetResult(error);
                go.Wait(CancellationToken.None);
                if (!started)
                {
                    return;
                }
                loop.Run();
                Volatile.Write(ref finished[index], true);
                if (index == 0 && test.Teardown is not null)
                {
                    RunTeardown(loop, run, test.Teardown);
                }
            }
            catch (Exception e)
            {
                prepared[index].TrySetException(e);
                Volatile.Write(ref finished[index], true);
                done[index].TrySetException(e);
                return;
            }
            finally
            {
                prepared[index].TrySetResult(null);
            }
            done[index].TrySetResult();
        }

        try
        {
            var errors = await Task.WhenAll(prepared.Select(p => p.Task));
            var failure = errors.FirstOrDefault(e => e is not null);
            if (failure is not null)
            {
                throw new LoadTestException(failure);
            }
            var startedAt = DateTimeOffset.UtcNow;
            var cpuStart = ProcessUsage.CpuSeconds();
            run.Start(Stopwatch.GetTimestamp());
            started = true;
            go.Set();

            var collector = new Collector(run, loopCount);
            var all = Task.WhenAll(done.Select(d => d.Task));
            var abortThresholds = test.Thresholds.Where(t => t.AbortOnFail).ToList();
            while (!all.IsCompleted)
            {
                await Task.WhenAny(all, Task.Delay(200, CancellationToken.None));
                if (cancellationToken.IsCancellationRequested)
                {
                    run.Stop(InterruptedReason);
                }
                if (collector.Drain(finished) && abortThresholds.Count > 0)
                {
                    CheckAbort(run, collector, abortThresholds);
                }
                progress?.Invoke(collector.Status);
            }
            await all;
            var cpuSeconds = ProcessUsage.CpuSeconds() - cpuStart;
            collector.Drain(finished, final: true);
            progress?.Invoke(collector.Status);
            return ResultBuilder.Build(run, loops, collector, startedAt, cpuSeconds);
        }
        finally
        {
            if (!started)
            {
                go.Set();
            }
            foreach (var thread in threads)
            {
                thread.Join(TimeSpan.FromSeconds(5));
            }
            foreach (var loop in loops)
            {
                loop.Dispose();
            }
        }
    }

    private static object? RunSetup(EventLoop loop, Func<VuContext, ValueTask<object?>> setup)
    {
        try
        {
            return loop.RunUnmeasured(setup, null, SetupLimit);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new LoadTestException($"setup failed: {e.Message}", e);
        }
    }

    /// <summary>Teardown runs after the measured run, also after Ctrl-C; when it fails the measurements stand and
    /// the result says why.</summary>
    private static void RunTeardown(EventLoop loop, RunContext run, Func<VuContext, ValueTask> teardown)
    {
        try
        {
            loop.RunUnmeasured(async vu => { await teardown(vu); return 0; }, run.SetupData, SetupLimit);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            run.TeardownError = $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static void CheckAbort(RunContext run, Collector collector, IReadOnlyList<Threshold> thresholds)
    {
        foreach (var threshold in thresholds)
        {
            if (collector.Live.DurationSeconds < threshold.DelayAbortEval.TotalSeconds)
            {
                continue;
            }
            var verdict = ThresholdEvaluator.Evaluate(threshold, collector.Live);
            // A threshold with no samples yet is not a reason to abort; the final verdict still fails it.
            if (!verdict.Passed && verdict.Note is null)
            {
                run.Stop($"threshold '{threshold.Text}' failed (observed {verdict.Observed:0.###}) and aborts the run");
                return;
            }
        }
    }
}
