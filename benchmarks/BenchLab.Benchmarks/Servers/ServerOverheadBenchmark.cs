using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Processes;

namespace BenchLab.Benchmarks.Servers;

/// <summary>
/// Issue #6's two ratios, each measured side by side in the same run with wrk, alternating the two sides:
/// servers/minimal's GET /health against a bare hand-written Minimal API endpoint returning the same JSON
/// (what the full middleware and routing stack costs), and its GET /users/{id} against pgbench running the same
/// SELECT with prepared statements at the same concurrency (how much of the database's own ceiling the HTTP path
/// keeps). Also CPU-microseconds per request of the server process.
/// </summary>
public static class ServerOverheadBenchmark
{
    private const string LookupSql = "SELECT id, name, email, created_at FROM users WHERE id = :id;";
    private const string RandomUserScript = """
        local counter = 0
        request = function()
          counter = counter + 1
          return wrk.format("GET", "/users/" .. ((counter * 7919) % 100000 + 1))
        end
        """;

    public static async Task<int> RunAsync(int runs, TimeSpan duration, int connections)
    {
        var root = LabLayout.Discover().RepositoryRoot;
        await Wrk.EnsureInstalledAsync();
        var infrastructure = new LabInfrastructure(LabLayout.Discover(), message => Console.Error.WriteLine($"· {message}"));
        var endpoints = await infrastructure.UpAsync(new InfraOptions("bench"));
        await BuildAsync(root, "servers/minimal/MinimalServer.csproj");
        await BuildAsync(root, "benchmarks/BareServer/BareServer.csproj");
        var environment = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = endpoints.ServerDatabase.ToUri(),
            ["REDIS_URL"] = endpoints.Redis.ToUri(),
            ["SERVER_NAME"] = "minimal",
        };
        await using var minimal = await ServerUnderBenchmark.StartAsync(Path.Combine(root, "servers/minimal/bin/Release/net10.0/minimal-server.dll"), environment);
        await using var bare = await ServerUnderBenchmark.StartAsync(Path.Combine(root, "benchmarks/BareServer/bin/Release/net10.0/bare-server.dll"), environment);

        Console.WriteLine($"# Server overhead — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"Machine: {MachineDescription.Describe()}. wrk -t2 -c{connections}, pgbench -M prepared -c{connections} -j2, {duration.TotalSeconds:0} s per measurement, {runs} alternating repetitions, nothing pinned (placement none). Server pool: DB_POOL_MAX 20 (default).");
        Console.WriteLine();

        // Warm both servers (JIT tiering, pools) before anything counts.
        await Wrk.RunAsync(minimal.Url("/health"), connections, 2, TimeSpan.FromSeconds(3));
        await Wrk.RunAsync(bare.Url("/health"), connections, 2, TimeSpan.FromSeconds(3));
        await Wrk.RunAsync(minimal.Url("/"), connections, 2, TimeSpan.FromSeconds(3), RandomUserScript);

        Console.WriteLine("| run | bare /health (req/s) | minimal /health (req/s) | ratio | minimal CPU µs/req | pgbench lookup (tps) | minimal /users/{id} (req/s) | ratio | minimal CPU µs/req |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var healthRatios = new List<double>();
        var lookupRatios = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var bareHealth = await Wrk.RunAsync(bare.Url("/health"), connections, 2, duration);
            var (minimalHealth, healthCpu) = await MeasureAsync(minimal, () => Wrk.RunAsync(minimal.Url("/health"), connections, 2, duration));
            var pgbench = await Pgbench.TransactionsPerSecondAsync(endpoints.ServerDatabase, $"\\set id random(1, 100000)\n{LookupSql}\n", connections, duration);
            var (lookup, lookupCpu) = await MeasureAsync(minimal, () => Wrk.RunAsync(minimal.Url("/"), connections, 2, duration, RandomUserScript));
            healthRatios.Add(minimalHealth.RequestsPerSecond / bareHealth.RequestsPerSecond);
            lookupRatios.Add(lookup.RequestsPerSecond / pgbench);
            Console.WriteLine($"| {run} | {bareHealth.RequestsPerSecond:N0} | {minimalHealth.RequestsPerSecond:N0} | {healthRatios[^1]:0.00} | {healthCpu:0.0} | {pgbench:N0} | {lookup.RequestsPerSecond:N0} | {lookupRatios[^1]:0.00} | {lookupCpu:0.0} |");
            if (minimalHealth.Errors + lookup.Errors > 0)
            {
                Console.WriteLine($"(errors: /health {minimalHealth.Errors}, /users/{{id}} {lookup.Errors})");
            }
        }
        Console.WriteLine();
        Console.WriteLine($"Median ratios: /health minimal/bare {Median.Of(healthRatios):0.00} (target ≥ 0.90); /users/{{id}} minimal/pgbench {Median.Of(lookupRatios):0.00} (target ≥ 0.40).");
        await infrastructure.DownAsync("bench");
        return 0;
    }

    private static async Task<(WrkResult Result, double CpuMicrosecondsPerRequest)> MeasureAsync(ServerUnderBenchmark server, Func<Task<WrkResult>> load)
    {
        var before = server.CpuSeconds();
        var result = await load();
        var cpu = server.CpuSeconds() - before;
        return (result, cpu * 1_000_000 / Math.Max(1, result.Requests));
    }

    private static async Task BuildAsync(string root, string project)
    {
        var build = await CommandRunner.RunAsync("dotnet", ["build", Path.Combine(root, project), "-c", "Release", "-nologo", "-v", "q", "-clp:ErrorsOnly"], TimeSpan.FromMinutes(5), workingDirectory: root);
        if (!build.Succeeded)
        {
            throw new InvalidOperationException($"building {project} failed: {build.StandardOutput}");
        }
    }

}
