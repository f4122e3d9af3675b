using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Load.Scripting;

namespace BenchLab.Load.Tests.Support;

/// <summary>Short ways to build and run load runs against a <see cref="TestServer"/>.</summary>
public static class LoadRuns
{
    public static LoadTest Closed(TestServer server, int vus, TimeSpan duration, Func<VuContext, ValueTask>? iteration = null) => new()
    {
        Target = LoadTarget.Parse(server.Url),
        Executor = new ConstantVus(vus, duration) { GracefulStop = TimeSpan.FromSeconds(5) },
        Iteration = iteration ?? Iterations.OneRequest(HttpRequest.Get("/")),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public static LoadTest Open(TestServer server, double rate, TimeSpan duration, int vus, Func<VuContext, ValueTask>? iteration = null) => new()
    {
        Target = LoadTarget.Parse(server.Url),
        Executor = new ConstantArrivalRate(rate, duration, vus) { GracefulStop = TimeSpan.FromSeconds(5) },
        Iteration = iteration ?? Iterations.OneRequest(HttpRequest.Get("/")),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public static Task<LoadResult> RunAsync(LoadTest test) => LoadEngine.RunAsync(test, cancellationToken: TestContext.Current.CancellationToken);
}
