using BenchLab.Load.Http;
using BenchLab.Load.Metrics;
using BenchLab.Load.Results;
using BenchLab.Load.Thresholds;
using HdrHistogram;

namespace BenchLab.Load.Engine;

/// <summary>Merges the event loops' recorders (read after the loops ended) into one <see cref="LoadResult"/>,
/// judges its validity and evaluates the thresholds.</summary>
internal static class ResultBuilder
{
    public static LoadResult Build(RunContext run, IReadOnlyList<EventLoop> loops, Collector collector, DateTimeOffset startedAt, double cpuSeconds)
    {
        var test = run.Test;
        var registry = run.Registry;
        var finished = loops.Max(l => l.FinishedTicks);
        var duration = TimeSpan.FromSeconds(Math.Max(0, finished - run.StartTicks) / (double)run.TicksPerSecond);

        var series = new Dictionary<(int Id, int Class), RequestSeries>();
        foreach (var loop in loops)
        {
            foreach (var (id, recorder) in loop.Recorder.Series)
            {
                for (var c = 0; c < StatusClass.Count; c++)
                {
                    if (recorder.Latency[c] is not { } latency)
                    {
                        continue;
                    }
                    if (!series.TryGetValue((id, c), out var merged))
                    {
                        series[(id, c)] = merged = new RequestSeries(registry.SeriesKey(id), c, HistogramConfig.CreateFull(), HistogramConfig.CreateFull());
                    }
                    merged.Latency.Add(latency);
                    merged.ServiceTime.Add(recorder.Service[c]!);
                    merged.Failed += recorder.Failed[c];
                    merged.BytesSent += recorder.BytesSent[c];
                    merged.BytesReceived += recorder.BytesReceived[c];
                    if (c == 0)
                    {
                        foreach (var error in Enum.GetValues<RequestError>().Where(e => e != RequestError.None))
                        {
                            if (recorder.Errors[(int)error] > 0)
                            {
                                merged.Errors[error] = merged.Errors.GetValueOrDefault(error) + recorder.Errors[(int)error];
                            }
                        }
                    }
                }
            }
        }

        var groups = new Dictionary<int, HistogramBase>();
        foreach (var (id, recorder) in loops.SelectMany(l => l.Recorder.Groups))
        {
            (groups.TryGetValue(id, out var h) ? h : groups[id] = HistogramConfig.CreateFull()).Add(recorder.Duration);
        }

        var checks = Enumerable.Range(0, registry.CheckCount)
            .Select(id => (Key: registry.CheckKey(id), Passes: loops.Sum(l => l.Recorder.CheckPasses(id)), Fails: loops.Sum(l => l.Recorder.CheckFails(id))))
            .Where(c => c.Passes + c.Fails > 0)
            .Select(c => new CheckResult(c.Key.Group, c.Key.Name, c.Passes, c.Fails))
            .ToList();

        var iterationDuration = HistogramConfig.CreateFull();
        var lag = HistogramConfig.CreateFull();
        var interruptedWaiting = HistogramConfig.CreateFull();
        var statusCodes = new SortedDictionary<int, long>();
        foreach (var loop in loops)
        {
            iterationDuration.Add(loop.Recorder.IterationDuration);
            lag.Add(loop.Recorder.SchedulingLag);
            interruptedWaiting.Add(loop.Recorder.InterruptedWaiting);
            for (var code = 0; code < loop.Recorder.StatusCodes.Length; code++)
            {
                if (loop.Recorder.StatusCodes[code] > 0)
                {
                    statusCodes[code] = statusCodes.GetValueOrDefault(code) + loop.Recorder.StatusCodes[code];
                }
            }
        }

        var requests = series.Values.Sum(s => s.Count);
        var interrupted = loops.Sum(l => l.Recorder.InterruptedRequests);
        var timedOut = series.Values.Sum(s => s.Errors.GetValueOrDefault(RequestError.Timeout));
        var unfinished = new Unfinished(requests + (test.Executor.IsOpenModel ? 0 : interrupted), timedOut, interrupted, Trend.Of(interruptedWaiting));
        var lagged = loops.Sum(l => l.Recorder.LaggedIterations);
        var dropped = loops.Sum(l => l.Recorder.DroppedIterations);
        var busy = loops.Select(l => l.WallTicks > 0 ? l.BusyTicks / (double)l.WallTicks : 0).ToList();
        // A run shorter than a second is mostly JIT and connection set-up: its busy share says nothing about saturation.
        var judgedBusy = duration >= TimeSpan.FromSeconds(1) ? busy : [];
        var generator = new GeneratorStats(
            loops.Count,
            cpuSeconds,
            requests > 0 ? cpuSeconds / requests * 100_000 : 0,
            Math.Max(collector.PeakRssBytes, Native.ProcessUsage.ResidentBytes()),
            busy,
            Trend.Of(lag),
            lagged,
            loops.Sum(l => l.Recorder.Reconnects));

        var result = new LoadResult
        {
            Target = test.Target.ToString(),
            Executor = test.Executor.Type,
            Description = test.Executor.Description(),
            OpenModel = test.Executor.IsOpenModel,
            StartedAt = startedAt,
            StartTimestamp = run.StartTicks,
            Duration = duration,
            Series = [.. series.OrderBy(p => p.Key.Id).ThenBy(p => p.Key.Class).Select(p => p.Value)],
            Groups = [.. groups.OrderBy(g => g.Key).Select(g => new GroupSeries(registry.GroupPath(g.Key), g.Value))],
            Checks = checks,
            IterationDuration = iterationDuration,
            Iterations = loops.Sum(l => l.Recorder.Iterations),
            FailedIterations = loops.Sum(l => l.Recorder.FailedIterations),
            InterruptedIterations = loops.Sum(l => l.Recorder.InterruptedIterations),
            DroppedIterations = dropped,
            InterruptedRequests = interrupted,
            InterruptedWaiting = unfinished.Waiting,
            IterationErrors = [.. loops.SelectMany(l => l.Recorder.IterationErrors).Distinct().Take(10)],
            StatusCodes = statusCodes,
            FirstRequests = [.. loops.SelectMany(l => l.Vus).Where(v => v.FirstLatencyUs >= 0).OrderBy(v => v.Id).Select(v => new FirstRequest(v.Id, v.FirstLatencyUs / 1000.0))],
            Timeline = collector.Timeline,
            Generator = generator,
            Validity = Judge(test, lag.TotalCount, lagged, dropped, judgedBusy, unfinished),
            StopReason = run.StopReason,
            TeardownError = run.TeardownError,
        };
        result.Thresholds = ThresholdEvaluator.EvaluateAll(test.Thresholds, result);
        return result;
    }

    /// <summary>Started requests, and those of them that never got an answer: timed out, or interrupted at the end.</summary>
    private sealed record Unfinished(long Started, long TimedOut, long Interrupted, Trend Waiting)
    {
        public long Count => TimedOut + Interrupted;
    }

    private static Validity Judge(LoadTest test, long started, long lagged, long dropped, List<double> busy, Unfinished unfinished)
    {
        var limits = test.Validity;
        var reasons = new List<string>();
        // Like a correctness check failing more than 1 % (contract §1.5): a run whose requests mostly went
        // unanswered did not measure the server's answers, whatever its latencies say.
        if (unfinished.Started > 0 && unfinished.Count / (double)unfinished.Started > limits.MaxUnfinishedFraction)
        {
            var waited = unfinished.Interrupted > 0 ? $", waiting up to {unfinished.Waiting.Max / 1000:0.0} s when the run ended" : "";
            reasons.Add($"{unfinished.Count} of {unfinished.Started} started requests ({unfinished.Count * 100.0 / unfinished.Started:0.#} %) never completed (limit {limits.MaxUnfinishedFraction * 100:0} %): {unfinished.TimedOut} timed out after {Executors.Describe.Duration(test.RequestTimeout)}, {unfinished.Interrupted} still in flight when the graceful stop ended{waited}");
        }
        if (started > 0 && lagged / (double)started > limits.MaxLaggedFraction)
        {
            reasons.Add($"the generator started {lagged} of {started} iterations ({lagged * 100.0 / started:0.#} %) more than {Executors.Describe.Duration(limits.LagLimit)} after their intended time while a VU was free");
        }
        for (var i = 0; i < busy.Count; i++)
        {
            if (busy[i] > limits.MaxLoopBusyFraction)
            {
                reasons.Add($"event loop {i} was busy {busy[i] * 100:0.#} % of the run (limit {limits.MaxLoopBusyFraction * 100:0} %): the generator's CPU, not the server, set the pace");
            }
        }
        if (dropped > 0)
        {
            reasons.Add($"{dropped} iterations were dropped: more were waiting for a free VU than the backlog bound ({test.Executor.BacklogLimit}) allows, or they had not started when the graceful stop ended; raise maxVUs or lower the rate");
        }
        return reasons.Count == 0 ? Validity.Valid : new Validity(false, reasons);
    }
}
