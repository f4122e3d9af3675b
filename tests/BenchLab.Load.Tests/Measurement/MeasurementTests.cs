using System.Diagnostics;
using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Tests.Support;
using BenchLab.Testing;

namespace BenchLab.Load.Tests.Measurement;

/// <summary>
/// Is what the engine reports what happened? Each test runs a few seconds against a loopback server whose
/// behaviour is known. They depend on timing, so ./benchlab test runs them alone after everything else.
/// </summary>
[Trait(TestCategories.Key, TestCategories.Timing)]
public sealed class MeasurementTests
{
    [Fact]
    public async Task Against_a_server_that_answers_in_20_ms_the_median_is_between_20_and_25_ms()
    {
        await using var server = new TestServer(delay: TimeSpan.FromMilliseconds(20));

        var result = await LoadRuns.RunAsync(LoadRuns.Closed(server, 10, TimeSpan.FromSeconds(3)));

        Assert.InRange(result.Latency.Med, 20, 24.999);
        Assert.InRange(result.Requests, 900, 1500);
        Assert.Equal(result.Latency, result.ServiceTime);
        Assert.True(result.Validity.IsValid, string.Join("; ", result.Validity.Reasons));
    }

    [Fact]
    public async Task An_open_run_at_200_per_second_for_5_seconds_sends_1000_requests()
    {
        await using var server = new TestServer(delay: TimeSpan.FromMilliseconds(2));

        var result = await LoadRuns.RunAsync(LoadRuns.Open(server, 200, TimeSpan.FromSeconds(5), vus: 10));

        Assert.InRange(result.Requests, 980, 1020);
        Assert.Equal(result.Requests, server.Requests);
        Assert.Equal(0, result.DroppedIterations);
        Assert.InRange(result.Timeline.Intervals.Take(5).Select(i => i.RequestCount).Min(), 190, 210);
        Assert.True(result.Validity.IsValid, string.Join("; ", result.Validity.Reasons));
    }

    [Fact]
    public async Task A_one_second_stall_shows_in_the_corrected_p99_but_not_in_service_time_and_the_run_stays_valid()
    {
        await using var server = new TestServer();
        var test = LoadRuns.Open(server, 100, TimeSpan.FromSeconds(4), vus: 2);
        var stallStart = TimeSpan.FromSeconds(1.5);
        _ = Task.Run(async () =>
        {
            await Task.Delay(stallStart + TimeSpan.FromMilliseconds(300));
            server.StallUntilTimestamp = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        }, TestContext.Current.CancellationToken);

        var result = await LoadRuns.RunAsync(test);

        Assert.InRange(result.Requests, 392, 408);
        Assert.Equal(0, result.DroppedIterations);
        // About a quarter of the requests were due during the stall and waited for it: they carry it.
        Assert.True(result.Latency.P99 > 700, $"corrected p99 {result.Latency.P99} ms");
        Assert.True(result.Latency.P90 > 100, $"corrected p90 {result.Latency.P90} ms");
        // Only the two requests in flight when it began were served slowly.
        Assert.True(result.ServiceTime.P99 < 100, $"service p99 {result.ServiceTime.P99} ms");
        Assert.True(result.ServiceTime.Max > 700, $"service max {result.ServiceTime.Max} ms");
        Assert.True(result.Validity.IsValid, string.Join("; ", result.Validity.Reasons));
    }

    [Fact]
    public async Task A_generator_that_cannot_start_iterations_on_time_marks_the_run_invalid()
    {
        await using var server = new TestServer();
        var test = LoadRuns.Open(server, 200, TimeSpan.FromSeconds(2), vus: 20, iteration: async vu =>
        {
            await vu.SendAsync(HttpRequest.Get("/"));
            if (vu.Iteration % 4 == 0)
            {
                // Blocks the event loop for 30 ms: arrivals due meanwhile start late although VUs are free.
                var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30 / 1000;
                while (Stopwatch.GetTimestamp() < until)
                {
                    Thread.SpinWait(100);
                }
            }
        });

        var result = await LoadRuns.RunAsync(test);

        Assert.False(result.Validity.IsValid);
        Assert.Contains(result.Validity.Reasons, r => r.Contains("after their intended time while a VU was free", StringComparison.Ordinal));
        Assert.True(result.Generator.LaggedIterations > 0);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Iterations_beyond_the_backlog_bound_are_dropped_counted_and_invalidate_the_run()
    {
        await using var server = new TestServer(delay: TimeSpan.FromMilliseconds(50));
        var test = new LoadTest
        {
            Target = LoadTarget.Parse(server.Url),
            Executor = new ConstantArrivalRate(200, TimeSpan.FromSeconds(2), 1) { MaxBacklog = 10, GracefulStop = TimeSpan.FromSeconds(1) },
            Iteration = Scripting.Iterations.OneRequest(HttpRequest.Get("/")),
        };

        var result = await LoadRuns.RunAsync(test);

        Assert.True(result.DroppedIterations > 300, $"dropped {result.DroppedIterations}");
        Assert.Equal(400, result.Iterations + result.DroppedIterations + result.InterruptedIterations);
        Assert.False(result.Validity.IsValid);
        Assert.Contains(result.Validity.Reasons, r => r.Contains("dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_generator_whose_loop_never_waits_for_the_network_is_flagged_cpu_saturated()
    {
        await using var server = new TestServer();
        var test = LoadRuns.Closed(server, 4, TimeSpan.FromSeconds(2), async vu =>
        {
            await vu.SendAsync(HttpRequest.Get("/"));
            // 5 ms of work per response on the loop thread: the loop is always busy, never idle in epoll_wait.
            var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 5 / 1000;
            while (Stopwatch.GetTimestamp() < until)
            {
                Thread.SpinWait(100);
            }
        });

        var result = await LoadRuns.RunAsync(test);

        Assert.False(result.Validity.IsValid);
        Assert.Contains(result.Validity.Reasons, r => r.Contains("the generator's CPU, not the server, set the pace", StringComparison.Ordinal));
        Assert.True(result.Generator.LoopBusyFractions[0] > 0.95);
    }

    [Fact]
    public async Task A_failing_threshold_with_abort_on_fail_stops_the_run_early_and_marks_it_partial()
    {
        await using var server = new TestServer(_ => new TestResponse(500));
        var test = new LoadTest
        {
            Target = LoadTarget.Parse(server.Url),
            Executor = new ConstantVus(2, TimeSpan.FromSeconds(30)),
            Iteration = Scripting.Iterations.OneRequest(HttpRequest.Get("/")),
            Thresholds = [BenchLab.Load.Thresholds.Threshold.Parse("http_req_failed: rate<0.01 abortOnFail") with { DelayAbortEval = TimeSpan.FromSeconds(1) }],
        };

        var result = await LoadRuns.RunAsync(test);

        Assert.True(result.Partial);
        Assert.Contains("aborts the run", result.StopReason, StringComparison.Ordinal);
        Assert.InRange(result.Duration.TotalSeconds, 1, 5);
        Assert.False(Assert.Single(result.Thresholds).Passed);
        Assert.Equal(1, result.ExitCode);
    }
}
