using System.Globalization;
using System.Net.Sockets;
using System.Text;
using BenchLab.Infra.Redis;

namespace BenchLab.Telemetry.Redis;

/// <summary>
/// One plain RESP connection for the lab's Redis reads. Not a client library on purpose: a library would open
/// extra connections and send commands of its own (handshakes, heartbeats), which would show up in the very
/// counters being read. This connection names itself (<see cref="ClientName"/>) and counts every command it
/// sends, so that the lab's own traffic can be taken out of the figures exactly.
/// </summary>
public sealed class RespConnection : IAsyncDisposable
{
    public const string ClientName = "benchlab-telemetry";

    private readonly TcpClient _client;
    private readonly BufferedStream _stream;
    private readonly Dictionary<string, long> _sent = [];

    private RespConnection(TcpClient client)
    {
        _client = client;
        _stream = new BufferedStream(client.GetStream(), 64 * 1024);
    }

    /// <summary>Commands this connection has sent so far, by the name Redis's commandstats uses (<c>info</c>, <c>client|list</c>).</summary>
    public IReadOnlyDictionary<string, long> Sent => new Dictionary<string, long>(_sent);

    /// <param name="clientName">The name the connection gives itself; connections named <see cref="ClientName"/> count as the lab's.</param>
    public static async Task<RespConnection> OpenAsync(RedisEndpoint endpoint, string clientName = ClientName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
            var connection = new RespConnection(client);
            if (endpoint.Password is not null)
            {
                await connection.CommandAsync("auth", ["AUTH", endpoint.Password], cancellationToken);
            }
            await connection.CommandAsync("client|setname", ["CLIENT", "SETNAME", clientName], cancellationToken);
            return connection;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Sends one command and returns its reply as text (a bulk or simple string; an integer as digits).</summary>
    public async Task<string> CommandAsync(string statName, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var request = new StringBuilder().Append('*').Append(arguments.Count).Append("\r\n");
        foreach (var argument in arguments)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        }
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), cancellationToken);
        await _stream.FlushAsync(cancellationToken);
        _sent[statName] = _sent.GetValueOrDefault(statName) + 1;
        return await ReadReplyAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }

    private async Task<string> ReadReplyAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken);
        switch (line[0])
        {
            case '+':
            case ':':
                return line[1..];
            case '-':
                throw new InvalidOperationException($"Redis answered: {line[1..]}");
            case '$':
                var length = int.Parse(line.AsSpan(1), CultureInfo.InvariantCulture);
                if (length < 0)
                {
                    return "";
                }
                var body = new byte[length + 2];
                await _stream.ReadExactlyAsync(body, cancellationToken);
                return Encoding.UTF8.GetString(body, 0, length);
            default:
                throw new InvalidOperationException($"unexpected Redis reply '{line}'");
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>(64);
        var one = new byte[1];
        while (true)
        {
            await _stream.ReadExactlyAsync(one, cancellationToken);
            if (one[0] == '\n' && bytes.Count > 0 && bytes[^1] == '\r')
            {
                return Encoding.UTF8.GetString(bytes.ToArray(), 0, bytes.Count - 1);
            }
            bytes.Add(one[0]);
        }
    }
}
