using System.Diagnostics;
using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Load.Tests.Support;

namespace BenchLab.Load.Tests.Engine;

/// <summary>
/// Every request the engine started has an outcome: completed, failed, timed out or interrupted. Requests a server
/// never answers are counted, a run where more than 1 % of them never completed is invalid, and in the open model
/// their waiting time enters the latencies as a lower bound.
/// </summary>
public sealed class UnfinishedRequestsTests
{
    [Fact]
    public async Task Requests_the_server_never_answers_are_interrupted_counted_and_make_the_run_invalid()
    {
        await using var server = new TestServer { NeverAnswer = request => request.Path == "/hang" };
        var test = Test(server, new ConstantVus(4, TimeSpan.FromSeconds(1)) { GracefulStop = TimeSpan.FromSeconds(1) }, TimeSpan.FromSeconds(10), async vu =>
        {
            await vu.SendAsync(HttpRequest.Get("/ok"));
            await vu.SendAsync(HttpRequest.Get("/hang"));
        });

        var result = await LoadRuns.RunAsync(test);

        // Each VU got its /ok answered, then waited on /hang until the graceful stop was over.
        Assert.Equal(4, result.CompletedRequests);
        Assert.Equal(4, result.InterruptedRequests);
        Assert.Equal(0, result.TimedOutRequests);
        Assert.Equal(8, result.StartedRequests);
        // Closed model: the latencies are over the completed requests only.
        Assert.Equal(4, result.Latency.Count);
        Assert.Equal(4, result.InterruptedWaiting.Count);
        Assert.True(result.InterruptedWaiting.Min >= 1000, $"waited {result.InterruptedWaiting.Min} ms, but the run and its graceful stop last 2 s");
        Assert.False(result.Validity.IsValid);
        Assert.Contains(result.Validity.Reasons, reason => reason.StartsWith("4 of 8 started requests (50 %) never completed (limit 1 %): 0 timed out after 10s, 4 still in flight when the graceful stop ended", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        var points = result.Timeline.Points();
        var last = points[^1];
        Assert.Equal(4, points.Sum(point => point.InterruptedRequests));
        Assert.Equal(4, last.InterruptedRequests);
    }

    [Fact]
    public async Task A_request_timeout_is_its_own_outcome()
    {
        await using var server = new TestServer { NeverAnswer = request => request.Path == "/hang" };
        var test = Test(server, new ConstantVus(2, TimeSpan.FromSeconds(2)) { GracefulStop = TimeSpan.FromSeconds(1) }, TimeSpan.FromMilliseconds(300), async vu =>
        {
            await vu.SendAsync(HttpRequest.Get("/hang"));
        });

        var result = await LoadRuns.RunAsync(test);

        Assert.True(result.TimedOutRequests >= 2, $"{result.TimedOutRequests} timed out");
        Assert.Equal(0, result.CompletedRequests);
        Assert.Equal(result.StartedRequests, result.TimedOutRequests + result.InterruptedRequests);
        Assert.False(result.Validity.IsValid);
        Assert.Equal(result.TimedOutRequests, result.Timeline.Points().Sum(point => point.TimedOutRequests));
    }

    [Fact]
    public async Task In_the_open_model_a_server_that_stops_answering_shows_in_p99_through_the_lower_bounds()
    {
        var clock = Stopwatch.StartNew();
        // Answers for the first half second, then never again.
        await using var server = new TestServer { NeverAnswer = _ => clock.Elapsed > TimeSpan.FromMilliseconds(500) };
        var test = Test(server, new ConstantArrivalRate(100, TimeSpan.FromSeconds(2), 300) { GracefulStop = TimeSpan.FromSeconds(1) }, TimeSpan.FromSeconds(10), null);

        var result = await LoadRuns.RunAsync(test);

        // Requests sent after 0.5 s waited at least until the graceful stop ended at 3 s: 1 s and more. They are
        // most of the run, so p50 and p99 show the stall, each as a lower bound of what the client would have seen.
        Assert.True(result.InterruptedRequests > result.StartedRequests / 2, $"{result.InterruptedRequests} of {result.StartedRequests} interrupted");
        Assert.Equal(result.StartedRequests, result.Requests);
        Assert.True(result.Latency.P99 >= 1000, $"p99 {result.Latency.P99} ms");
        Assert.True(result.Latency.Med >= 1000, $"p50 {result.Latency.Med} ms");
        Assert.True(result.Series.Single(series => series.StatusClass == 0).Errors[RequestError.Interrupted] == result.InterruptedRequests);
        Assert.False(result.Validity.IsValid);
    }

    private static LoadTest Test(TestServer server, ExecutorConfig executor, TimeSpan requestTimeout, Func<VuContext, ValueTask>? iteration) => new()
    {
        Target = LoadTarget.Parse(server.Url),
        Executor = executor,
        Iteration = iteration ?? Scripting.Iterations.OneRequest(HttpRequest.Get("/")),
        RequestTimeout = requestTimeout,
    };
}
