using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Load.Tests.Support;

namespace BenchLab.Load.Tests.Engine;

/// <summary>A group's answers by status class and error: what a failed check's reason quotes.</summary>
public sealed class GroupAnswersTests
{
    [Fact]
    public async Task A_group_lists_its_status_classes_and_errors_and_no_other_groups()
    {
        await using var server = new TestServer(request => request.Path switch
        {
            "/conflict" => new TestResponse(409, "taken"),
            "/broken" => new TestResponse(500, "boom"),
            _ => new TestResponse(),
        });
        var test = new LoadTest
        {
            Target = LoadTarget.Parse(server.Url),
            Executor = new PerVuIterations(1, 2, TimeSpan.FromSeconds(30)),
            Iteration = async vu =>
            {
                using (vu.Group("write"))
                {
                    await vu.SendAsync(HttpRequest.Get("/ok"));
                    await vu.SendAsync(HttpRequest.Get("/conflict"));
                }
                using (vu.Group("read"))
                {
                    await vu.SendAsync(HttpRequest.Get("/broken"));
                }
            },
        };

        var result = await LoadRuns.RunAsync(test);

        Assert.Equal("2xx ×2, 4xx ×2", GroupAnswers.Describe(result, GroupOf(result, "write")));
        Assert.Equal("5xx ×2", GroupAnswers.Describe(result, GroupOf(result, "read")));
        Assert.Equal("no answers recorded", GroupAnswers.Describe(result, "::nowhere"));
    }

    private static string GroupOf(LoadResult result, string name) =>
        result.Series.Select(s => s.Key.Group).Distinct().Single(g => g.TrimStart(':') == name);
}
