using System.Text;
using System.Text.Json;

namespace BenchLab.Load.Http;

/// <summary>Why a request got no HTTP response.</summary>
public enum RequestError
{
    None,
    Timeout,
    ConnectFailed,
    ConnectionClosed,
    InvalidResponse,
    SendFailed,
    Interrupted,
}

/// <summary>
/// The outcome of one request, as a VU sees it. Status 0 means no HTTP response (see <see cref="Error"/>).
/// The body and headers are views of the VU's buffer: valid until the VU sends its next request — copy what
/// must outlive that (<see cref="Text"/>, <see cref="Json"/>).
/// </summary>
public readonly struct HttpResponse
{
    private readonly ResponseBuffer? _buffer;

    internal HttpResponse(int status, RequestError error, string? errorMessage, ResponseBuffer? buffer, long latencyTicks, long serviceTicks)
    {
        Status = status;
        Error = error;
        ErrorMessage = errorMessage;
        _buffer = buffer;
        LatencyTicks = latencyTicks;
        ServiceTicks = serviceTicks;
    }

    public int Status { get; }

    public RequestError Error { get; }

    public string? ErrorMessage { get; }

    /// <summary>From the intended send time (open model) or the send (closed model) to the response's end, in
    /// Stopwatch ticks.</summary>
    public long LatencyTicks { get; }

    /// <summary>From handing the request to the kernel to the response's end, in Stopwatch ticks.</summary>
    public long ServiceTicks { get; }

    public TimeSpan Latency => TimeSpan.FromSeconds(LatencyTicks / (double)System.Diagnostics.Stopwatch.Frequency);

    public ReadOnlySpan<byte> Body => _buffer is null ? default : _buffer.Body;

    public string Text() => Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as JSON (throws <see cref="JsonException"/> when it is not JSON).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(_buffer is null ? ReadOnlyMemory<byte>.Empty : _buffer.Body.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>True when the body parses as JSON; <paramref name="root"/> is then its root element.</summary>
    public bool TryJson(out JsonElement root)
    {
        try
        {
            root = Json();
            return true;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }

    /// <summary>The value of a response header (first occurrence, case-insensitive name), or null.</summary>
    public string? Header(string name)
    {
        if (_buffer is null)
        {
            return null;
        }
        var headers = _buffer.Headers;
        var nameBytes = Encoding.ASCII.GetBytes(name);
        while (true)
        {
            var lf = headers.IndexOf((byte)'\n');
            if (lf < 0)
            {
                return null;
            }
            headers = headers[(lf + 1)..];
            if (headers.Length > nameBytes.Length && headers[nameBytes.Length] == (byte)':' && Ascii.EqualsIgnoreCase(headers[..nameBytes.Length], nameBytes))
            {
                var end = headers.IndexOf((byte)'\n');
                var value = headers[(nameBytes.Length + 1)..(end < 0 ? headers.Length : end)];
                return Encoding.UTF8.GetString(value).Trim();
            }
        }
    }

    public override string ToString() => Error == RequestError.None ? $"HTTP {Status}" : $"{Error}: {ErrorMessage}";
}
