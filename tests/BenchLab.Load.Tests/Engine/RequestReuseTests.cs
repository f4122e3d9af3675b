using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Tests.Support;

namespace BenchLab.Load.Tests.Engine;

/// <summary>A request built once may be sent in several runs (a warm-up, then the measurement).</summary>
public sealed class RequestReuseTests
{
    [Fact]
    public async Task A_request_sent_in_two_runs_is_recorded_in_each_under_its_own_name_and_group()
    {
        await using var server = new TestServer(_ => new TestResponse(Body: "{}"));
        var health = new HttpRequest("GET", "/health") { Name = "GET /health" };
        LoadTest Test(string group) => new()
        {
            Target = LoadTarget.Parse(server.Url),
            Executor = new PerVuIterations(2, 5, TimeSpan.FromSeconds(20)),
            Iteration = async vu =>
            {
                using (vu.Group(group))
                {
                    await vu.SendAsync(health);
                }
            },
        };

        var first = await LoadRuns.RunAsync(Test("Warm-up"));
        var second = await LoadRuns.RunAsync(Test("Measured"));

        foreach (var (result, group) in new[] { (first, "::Warm-up"), (second, "::Measured") })
        {
            var series = Assert.Single(result.Series);
            Assert.Equal(("GET /health", group, 10L), (series.Key.Name, series.Key.Group, series.Count));
        }
    }
}
