using System.Globalization;
using System.Text.RegularExpressions;
using BenchLab.Infra.Prerequisites;
using BenchLab.Infra.Processes;

namespace BenchLab.Benchmarks.Servers;

/// <summary>What one wrk run reported.</summary>
public sealed record WrkResult(double RequestsPerSecond, long Requests, long Errors);

/// <summary>wrk (Debian's package, installed on first use): the baseline load tool of the server benchmarks.</summary>
public static partial class Wrk
{
    public static async Task EnsureInstalledAsync()
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            await AptInstaller.InstallAsync(["wrk"], "wrk", message => Console.Error.WriteLine($"· {message}"));
        }
    }

    public static async Task<WrkResult> RunAsync(string url, int connections, int threads, TimeSpan duration, string? luaScript = null)
    {
        var arguments = new List<string> { "-t", Str(threads), "-c", Str(connections), "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s" };
        string? scriptFile = null;
        if (luaScript is not null)
        {
            scriptFile = Path.GetTempFileName();
            await File.WriteAllTextAsync(scriptFile, luaScript);
            arguments.AddRange(["-s", scriptFile]);
        }
        arguments.Add(url);
        try
        {
            var result = await CommandRunner.RunAsync("wrk", arguments, duration + TimeSpan.FromSeconds(30));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"wrk failed: {result.Diagnostics}");
            }
            var output = result.StandardOutput;
            var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var requests = long.Parse(TotalRequests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
            var non2xx = NonSuccess().Match(output);
            var socketErrors = SocketErrors().Match(output);
            var errors = (non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
                + (socketErrors.Success ? socketErrors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0);
            return new WrkResult(rps, requests, errors);
        }
        finally
        {
            if (scriptFile is not null)
            {
                File.Delete(scriptFile);
            }
        }
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex TotalRequests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
