using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace BenchLab.Infra.Redis;

/// <summary>A raw RESP PING: the cheapest proof that a redis-server answers, without a client library's retries.</summary>
public static class RedisProbe
{
    public static async Task<bool> PingAsync(string host, int port, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("*1\r\n$4\r\nPING\r\n"u8.ToArray(), timeout.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            // "+PONG" normally; "-NOAUTH" means a password-protected server that is up all the same.
            var reply = Encoding.ASCII.GetString(buffer, 0, read);
            return reply.StartsWith("+PONG", StringComparison.Ordinal) || reply.StartsWith("-NOAUTH", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    public static async Task WaitUntilReadyAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (!await PingAsync(host, port, cancellationToken))
        {
            if (clock.Elapsed > timeout)
            {
                throw new InfraException($"Redis at {host}:{port} did not answer PING within {timeout.TotalSeconds:0} s");
            }
            await Task.Delay(50, cancellationToken);
        }
    }
}
