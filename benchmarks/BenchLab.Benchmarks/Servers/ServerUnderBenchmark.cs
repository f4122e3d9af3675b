using System.Diagnostics;
using System.Globalization;
using BenchLab.Infra.Processes;

namespace BenchLab.Benchmarks.Servers;

/// <summary>A server process started for a benchmark: its port, and the CPU time it has used so far (from /proc).</summary>
public sealed class ServerUnderBenchmark : IAsyncDisposable
{
    private readonly Process _process;

    private ServerUnderBenchmark(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public static async Task<ServerUnderBenchmark> StartAsync(string dll, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort.Find();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri($"http://127.0.0.1:{port}/health"))).IsSuccessStatusCode)
                {
                    return new ServerUnderBenchmark(process, port);
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        process.Kill();
        throw new InvalidOperationException($"{dll} did not answer /health within 30 s");
    }

    /// <summary>User + system CPU seconds the process has used.</summary>
    public double CpuSeconds() => ProcessCpu.Seconds(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
