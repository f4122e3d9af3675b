using System.Globalization;
using System.Text.RegularExpressions;
using BenchLab.Infra.Postgres;
using BenchLab.Infra.Prerequisites;
using BenchLab.Infra.Processes;

namespace BenchLab.Benchmarks.Servers;

/// <summary>pgbench running one custom statement script with prepared statements: the database's own ceiling.</summary>
public static partial class Pgbench
{
    public static async Task<double> TransactionsPerSecondAsync(PostgresEndpoint endpoint, string script, int clients, TimeSpan duration)
    {
        var binaries = PostgresBinaries.Locate() ?? throw new InvalidOperationException("PostgreSQL's programs are missing; run ./benchlab infra up first");
        var scriptFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(scriptFile, script);
        try
        {
            var result = await CommandRunner.RunAsync(
                Path.Combine(binaries.BinDirectory, "pgbench"),
                ["-n", "-M", "prepared", "-c", Str(clients), "-j", "2", "-T", Str((int)duration.TotalSeconds), "-f", scriptFile,
                 "-h", endpoint.Host, "-p", Str(endpoint.Port), "-U", endpoint.Username, endpoint.Database],
                duration + TimeSpan.FromSeconds(30),
                new Dictionary<string, string> { ["PGPASSWORD"] = endpoint.Password });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"pgbench failed: {result.Diagnostics}");
            }
            return double.Parse(Tps().Match(result.StandardOutput).Groups[1].Value, CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(scriptFile);
        }
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
