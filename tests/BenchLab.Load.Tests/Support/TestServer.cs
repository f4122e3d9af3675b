using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace BenchLab.Load.Tests.Support;

/// <summary>What the test server received: method, path, headers (lower-case names) and body.</summary>
public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>What the test server answers.</summary>
public sealed record TestResponse(int Status = 200, string Body = "ok", bool Chunked = false, bool Close = false, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>
/// A tiny HTTP/1.1 server on a free loopback port, over raw sockets, for tests: keep-alive, one request at a
/// time per connection, an optional fixed delay and an optional stall (every response held until a moment).
/// Bounded by the tests that use it; disposed at the end of each test.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<ReceivedRequest, TestResponse> _handler;
    private readonly List<Task> _connections = [];
    private readonly Task _accept;
    private long _requests;
    private long _connectionCount;

    public TestServer(Func<ReceivedRequest, TestResponse>? handler = null, TimeSpan? delay = null)
    {
        _handler = handler ?? (_ => new TestResponse());
        Delay = delay ?? TimeSpan.Zero;
        _listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(1024);
        Port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        _accept = AcceptAsync();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public TimeSpan Delay { get; set; }

    /// <summary>Responses are held until this moment (UTC ticks of Stopwatch); 0 for no stall.</summary>
    public long StallUntilTimestamp { get; set; }

    /// <summary>Requests this says yes to are read and never answered: their connection hangs until the server stops.</summary>
    public Func<ReceivedRequest, bool>? NeverAnswer { get; set; }

    public long Requests => Interlocked.Read(ref _requests);

    public long Connections => Interlocked.Read(ref _connectionCount);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            client.NoDelay = true;
            Interlocked.Increment(ref _connectionCount);
            lock (_connections)
            {
                _connections.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using var _ = client;
        var buffer = new byte[64 * 1024];
        var pending = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var request = await ReadRequestAsync(client, buffer, pending);
                if (request is null)
                {
                    return;
                }
                Interlocked.Increment(ref _requests);
                if (NeverAnswer?.Invoke(request) == true)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }
                if (Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Delay, _stop.Token);
                }
                var stall = StallUntilTimestamp - System.Diagnostics.Stopwatch.GetTimestamp();
                if (stall > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(stall / (double)System.Diagnostics.Stopwatch.Frequency), _stop.Token);
                }
                var response = _handler(request);
                await client.SendAsync(Encode(response), _stop.Token);
                if (response.Close)
                {
                    client.Shutdown(SocketShutdown.Both);
                    return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private static async Task<ReceivedRequest?> ReadRequestAsync(Socket client, byte[] buffer, MemoryStream pending)
    {
        while (true)
        {
            var data = pending.ToArray();
            var end = IndexOf(data, "\r\n\r\n"u8);
            if (end >= 0)
            {
                var head = Encoding.ASCII.GetString(data, 0, end).Split("\r\n");
                var line = head[0].Split(' ');
                var headers = head.Skip(1).Select(h => h.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
                var length = headers.TryGetValue("content-length", out var l) ? int.Parse(l, System.Globalization.CultureInfo.InvariantCulture) : 0;
                if (data.Length >= end + 4 + length)
                {
                    var body = data.AsSpan(end + 4, length).ToArray();
                    pending.SetLength(0);
                    pending.Write(data, end + 4 + length, data.Length - end - 4 - length);
                    return new ReceivedRequest(line[0], line[1], headers, body);
                }
            }
            var read = await client.ReceiveAsync(buffer, SocketFlags.None);
            if (read == 0)
            {
                return null;
            }
            pending.Write(buffer, 0, read);
        }
    }

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> pattern) => data.AsSpan().IndexOf(pattern);

    private static byte[] Encode(TestResponse response)
    {
        var body = Encoding.UTF8.GetBytes(response.Body);
        var head = new StringBuilder($"HTTP/1.1 {response.Status} {(response.Status < 400 ? "OK" : "Error")}\r\n");
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            head.Append($"{name}: {value}\r\n");
        }
        if (response.Close)
        {
            head.Append("Connection: close\r\n");
        }
        if (response.Chunked)
        {
            head.Append("Transfer-Encoding: chunked\r\n\r\n");
            var chunks = new StringBuilder();
            for (var i = 0; i < body.Length; i += 7)
            {
                var piece = response.Body.Substring(i, Math.Min(7, body.Length - i));
                chunks.Append($"{Encoding.UTF8.GetByteCount(piece):x}\r\n{piece}\r\n");
            }
            chunks.Append("0\r\n\r\n");
            return Encoding.UTF8.GetBytes(head + chunks.ToString());
        }
        head.Append($"Content-Length: {body.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        await _accept;
        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }
        await Task.WhenAll(connections).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }
}
