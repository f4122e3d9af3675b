using System.Diagnostics;
using System.Globalization;
using BenchLab.Infra.Prerequisites;
using BenchLab.Infra.Processes;
using BenchLab.Infra.Redis;

namespace BenchLab.Testing;

/// <summary>
/// A redis-server of one test's own (loopback, free port, no persistence), for tests that FLUSHDB or CONFIG SET:
/// the shared Redis stays untouched. Killed when disposed.
/// </summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private readonly Process _process;

    private PrivateRedis(Process process, int port)
    {
        _process = process;
        Endpoint = EmbeddedRedis.EndpointFor(port);
    }

    public RedisEndpoint Endpoint { get; }

    public static async Task<PrivateRedis> StartAsync(CancellationToken cancellationToken = default)
    {
        var binaries = RedisBinaries.Locate() ?? throw new InvalidOperationException("redis-server is not installed; ./benchlab test installs it");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Find();
            var start = new ProcessStartInfo(binaries.Server) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
            {
                start.ArgumentList.Add(argument);
            }
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await RedisProbe.WaitUntilReadyAsync("127.0.0.1", port, TimeSpan.FromSeconds(10), cancellationToken);
                return new PrivateRedis(process, port);
            }
            catch (BenchLab.Infra.InfraException) when (attempt < 3)
            {
                process.Kill();
                process.Dispose();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
