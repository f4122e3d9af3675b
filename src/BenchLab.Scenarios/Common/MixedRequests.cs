using System.Collections.Concurrent;
using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Http;

namespace BenchLab.Scenarios.Common;

/// <summary>
/// The iteration of 08 (also 21 and 22): one request per iteration, chosen by r = 100 × U() — 5 % health, 15 %
/// echo, 40 % list users, 10 % create a user, 15 % external, 15 % protected (contract §4).
/// </summary>
public static class MixedRequests
{
    private static readonly ConcurrentDictionary<string, Fixed> ByTag = new();

    public static async ValueTask SendOneAsync(VuContext vu, string? phase = null)
    {
        ArgumentNullException.ThrowIfNull(vu);
        var requests = ByTag.GetOrAdd(phase ?? "", p => new Fixed(p.Length == 0 ? [] : [new("phase", p)]));
        var r = 100 * vu.Random.NextDouble();
        if (r < 5)
        {
            Checks.Status(vu, await vu.SendAsync(requests.Health), 200);
        }
        else if (r < 20)
        {
            Checks.Status(vu, await vu.SendAsync(requests.Echo), 200);
        }
        else if (r < 60)
        {
            Checks.Status(vu, await vu.SendAsync(requests.Users), 200);
        }
        else if (r < 70)
        {
            var unique = string.Create(CultureInfo.InvariantCulture, $"{vu.Id}_{vu.Iteration}_{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}");
            var create = new HttpRequest("POST", "/users")
            {
                Name = "POST /users",
                Tags = requests.Tags,
                Body = RequestBody.JsonText($$"""{"name":"Mixed User {{unique}}","email":"mixed_{{unique}}@benchmark.com"}"""),
            };
            Checks.Status(vu, await vu.SendAsync(create), 201);
        }
        else if (r < 85)
        {
            Checks.Status(vu, await vu.SendAsync(requests.External), 200);
        }
        else
        {
            Checks.Status(vu, await vu.SendAsync(requests.Protected), 200);
        }
    }

    /// <summary>The requests that do not change per iteration, built once per tag set.</summary>
    private sealed class Fixed(IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        public IReadOnlyList<KeyValuePair<string, string>> Tags { get; } = tags;

        public HttpRequest Health { get; } = new("GET", "/health") { Name = "GET /health", Tags = tags };

        public HttpRequest Echo { get; } = new("POST", "/echo") { Name = "POST /echo", Tags = tags, Body = RequestBody.JsonText("""{"message":"mixed","data":{}}""") };

        public HttpRequest Users { get; } = new("GET", "/users") { Name = "GET /users", Tags = tags };

        public HttpRequest External { get; } = new("GET", "/external") { Name = "GET /external", Tags = tags };

        public HttpRequest Protected { get; } = new("GET", "/protected")
        {
            Name = "GET /protected",
            Tags = tags,
            Headers = [new("Authorization", "Bearer test-token-12345"), new("X-Request-Id", "mixed-test")],
        };
    }
}
