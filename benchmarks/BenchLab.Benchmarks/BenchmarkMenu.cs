using System.Globalization;
using BenchLab.Benchmarks.Seed;

namespace BenchLab.Benchmarks;

/// <summary>
/// <c>benchmarks/run NAME [--runs N]</c>: each benchmark measures the lab's way and a baseline in the same run
/// and prints their ratio, as Markdown ready for docs/.
/// </summary>
public static class BenchmarkMenu
{
    public static async Task<int> RunAsync(string[] args)
    {
        var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var runs = 3;
        var runsIndex = Array.IndexOf(args, "--runs");
        if (runsIndex >= 0 && (runsIndex + 1 >= args.Length || !int.TryParse(args[runsIndex + 1], NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1))
        {
            Console.Error.WriteLine("benchmarks: --runs needs a positive whole number, e.g. --runs 3");
            return 2;
        }
        switch (name)
        {
            case "seed":
                return await SeedBenchmark.RunAsync(runs);
            case "server-overhead":
                return await Servers.ServerOverheadBenchmark.RunAsync(runs, TimeSpan.FromSeconds(10), connections: 32);
            default:
                Console.Error.WriteLine($"benchmarks: unknown benchmark '{name}'; available: seed, server-overhead (e.g. benchmarks/run seed --runs 3)");
                return 2;
        }
    }
}
