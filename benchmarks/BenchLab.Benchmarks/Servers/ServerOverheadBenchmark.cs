using BenchLab.Infra;
using BenchLab.Infra.Layout;
using BenchLab.Infra.Processes;
using BenchLab.Servers.Lifecycle;
using BenchLab.Servers.Manifests;

namespace BenchLab.Benchmarks.Servers;

/// <summary>
/// Issue #6's two ratios, each measured side by side in the same run with wrk, alternating the two sides:
/// servers/minimal's GET /health against a bare hand-written Minimal API endpoint returning the same JSON
/// (what the full middleware and routing stack costs), and its GET /users/{id} against pgbench running the same
/// SELECT with prepared statements at the same concurrency (how much of the database's own ceiling the HTTP path
/// keeps), beside the same server with Npgsql multiplexing off. Also CPU-microseconds per request of the server process.
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
        // The bare endpoint gets the connection URIs only: none of minimal's runtime knobs.
        var bareEnvironment = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = endpoints.ServerDatabase.ToUri(),
            ["REDIS_URL"] = endpoints.Redis.ToUri(),
            ["SERVER_NAME"] = "minimal",
        };
        // minimal gets the environment the lab gives it (its manifest's fixed runtime knobs and the lab variables);
        // the port in it is replaced by the free port ServerUnderBenchmark picks.
        var manifest = ManifestReader.Read(Path.Combine(root, "servers/minimal/server.json"));
        var minimalEnvironment = new LabConnections(endpoints.ServerDatabase, endpoints.Redis).EnvironmentFor(manifest, port: 0);
        await using var minimal = await ServerUnderBenchmark.StartAsync(Path.Combine(root, "servers/minimal/bin/Release/net10.0/minimal-server.dll"), minimalEnvironment);
        // The same server with Npgsql multiplexing off (DB_MULTIPLEXING=0): what the default setting buys, in the same run.
        await using var unmultiplexed = await ServerUnderBenchmark.StartAsync(Path.Combine(root, "servers/minimal/bin/Release/net10.0/minimal-server.dll"),
            new Dictionary<string, string>(minimalEnvironment) { ["DB_MULTIPLEXING"] = "0" });
        await using var bare = await ServerUnderBenchmark.StartAsync(Path.Combine(root, "benchmarks/BareServer/bin/Release/net10.0/bare-server.dll"), bareEnvironment);

        Console.WriteLine($"# Server overhead — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"Machine: {MachineDescription.Describe()}. wrk -t2 -c{connections}, pgbench -M prepared -c{connections} -j2, {duration.TotalSeconds:0} s per measurement, {runs} repetitions in alternating order (ABBA), nothing pinned (placement none). Server pool: DB_POOL_MAX 20 (default); minimal with its manifest's fixed environment ({string.Join(", ", manifest.FixedEnvironment.Select(pair => $"{pair.Key}={pair.Value}"))}).");
        Console.WriteLine();

        // Warm both servers (JIT tiering, pools) before anything counts.
        await Wrk.RunAsync(minimal.Url("/health"), connections, 2, TimeSpan.FromSeconds(3));
        await Wrk.RunAsync(bare.Url("/health"), connections, 2, TimeSpan.FromSeconds(3));
        await Wrk.RunAsync(minimal.Url("/"), connections, 2, TimeSpan.FromSeconds(3), RandomUserScript);
        await Wrk.RunAsync(unmultiplexed.Url("/"), connections, 2, TimeSpan.FromSeconds(3), RandomUserScript);

        var postgresPid = endpoints.PostgresInstance?.Pid;
        var health = new List<string>();
        var lookups = new List<string>();
        var healthRatios = new List<double>();
        var lookupRatios = new List<double>();
        var unmultiplexedRatios = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            // ABBA: odd runs measure in one order, even runs in the reverse, so that a machine drifting during the
            // run (this VM's speed wanders by ±15 % over minutes) does not favour whichever side comes first.
            Measured bareHealth = null!, minimalHealth = null!, lookup = null!, classic = null!;
            double pgbench = 0, pgbenchPostgresCpu = 0;
            Func<Task>[] healthSteps =
            [
                async () => bareHealth = await MeasureAsync(bare, postgresPid, () => Wrk.RunAsync(bare.Url("/health"), connections, 2, duration)),
                async () => minimalHealth = await MeasureAsync(minimal, postgresPid, () => Wrk.RunAsync(minimal.Url("/health"), connections, 2, duration)),
            ];
            Func<Task>[] lookupSteps =
            [
                async () =>
                {
                    var postgresBefore = PostgresCpu(postgresPid);
                    pgbench = await Pgbench.TransactionsPerSecondAsync(endpoints.ServerDatabase, $"\\set id random(1, 100000)\n{LookupSql}\n", connections, duration);
                    pgbenchPostgresCpu = (PostgresCpu(postgresPid) - postgresBefore) * 1_000_000 / (pgbench * duration.TotalSeconds);
                },
                async () => lookup = await MeasureAsync(minimal, postgresPid, () => Wrk.RunAsync(minimal.Url("/"), connections, 2, duration, RandomUserScript)),
                async () => classic = await MeasureAsync(unmultiplexed, postgresPid, () => Wrk.RunAsync(unmultiplexed.Url("/"), connections, 2, duration, RandomUserScript)),
            ];
            foreach (var step in run % 2 == 1 ? [.. healthSteps, .. lookupSteps] : lookupSteps.Reverse().Concat(healthSteps.Reverse()))
            {
                await step();
            }
            healthRatios.Add(minimalHealth.Load.RequestsPerSecond / bareHealth.Load.RequestsPerSecond);
            lookupRatios.Add(lookup.Load.RequestsPerSecond / pgbench);
            unmultiplexedRatios.Add(classic.Load.RequestsPerSecond / pgbench);
            health.Add($"| {run} | {bareHealth.Load.RequestsPerSecond:N0} | {bareHealth.ServerCpu:0.0} | {minimalHealth.Load.RequestsPerSecond:N0} | {minimalHealth.ServerCpu:0.0} | **{healthRatios[^1]:0.00}** |");
            lookups.Add($"| {run} | {pgbench:N0} | {pgbenchPostgresCpu:0.0} | {lookup.Load.RequestsPerSecond:N0} | **{lookupRatios[^1]:0.00}** | {lookup.ServerCpu:0.0} | {lookup.PostgresCpu:0.0} | {classic.Load.RequestsPerSecond:N0} | {unmultiplexedRatios[^1]:0.00} | {classic.ServerCpu:0.0} | {classic.PostgresCpu:0.0} |");
            if (minimalHealth.Load.Errors + lookup.Load.Errors + classic.Load.Errors > 0)
            {
                lookups.Add($"(errors in run {run}: /health {minimalHealth.Load.Errors}, /users/{{id}} {lookup.Load.Errors}, multiplexing off {classic.Load.Errors})");
            }
            Console.Error.WriteLine($"· run {run} of {runs} done");
        }
        Console.WriteLine("GET /health, CPU in µs per request:");
        Console.WriteLine();
        Console.WriteLine("| run | bare /health (req/s) | bare CPU | minimal /health (req/s) | minimal CPU | ratio |");
        Console.WriteLine("|---|---|---|---|---|---|");
        health.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine("Single-row lookup, CPU in µs per request (PostgreSQL: the whole instance, backends included):");
        Console.WriteLine();
        Console.WriteLine("| run | pgbench (tps) | PostgreSQL CPU | minimal /users/{id} (req/s) | ratio | minimal CPU | PostgreSQL CPU | multiplexing off (req/s) | ratio | minimal CPU | PostgreSQL CPU |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        lookups.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"Median ratios: /health minimal/bare {Median.Of(healthRatios):0.00} (target ≥ 0.90); /users/{{id}} minimal/pgbench {Median.Of(lookupRatios):0.00} (target ≥ 0.40), with multiplexing off {Median.Of(unmultiplexedRatios):0.00}.");
        await infrastructure.DownAsync("bench");
        return 0;
    }

    private sealed record Measured(WrkResult Load, double ServerCpu, double PostgresCpu);

    /// <summary>One wrk load against a server, with the server's and PostgreSQL's CPU-microseconds per request.</summary>
    private static async Task<Measured> MeasureAsync(ServerUnderBenchmark server, int? postgresPid, Func<Task<WrkResult>> load)
    {
        var (server0, postgres0) = (server.CpuSeconds(), PostgresCpu(postgresPid));
        var result = await load();
        var requests = Math.Max(1, result.Requests);
        return new Measured(result, (server.CpuSeconds() - server0) * 1_000_000 / requests, (PostgresCpu(postgresPid) - postgres0) * 1_000_000 / requests);
    }

    /// <summary>NaN for an external PostgreSQL (no postmaster of ours to read).</summary>
    private static double PostgresCpu(int? postmasterPid) => postmasterPid is { } pid ? ProcessCpu.TreeSeconds(pid) : double.NaN;

    private static async Task BuildAsync(string root, string project)
    {
        var build = await CommandRunner.RunAsync("dotnet", ["build", Path.Combine(root, project), "-c", "Release", "-nologo", "-v", "q", "-clp:ErrorsOnly"], TimeSpan.FromMinutes(5), workingDirectory: root);
        if (!build.Succeeded)
        {
            throw new InvalidOperationException($"building {project} failed: {build.StandardOutput}");
        }
    }

}
