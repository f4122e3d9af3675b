using System.Text;

namespace BenchLab.Load.Http;

/// <summary>Writes a request in HTTP/1.1 wire form: request line, Host, User-Agent, the request's headers,
/// Content-Type and Content-Length when there is a body, a blank line, the body.</summary>
internal static class RequestEncoder
{
    public const string UserAgent = "benchlab";

    public static byte[] Encode(HttpRequest request, string hostHeader)
    {
        var head = new StringBuilder(128);
        head.Append(request.Method).Append(' ').Append(request.Path).Append(" HTTP/1.1\r\n");
        head.Append("Host: ").Append(hostHeader).Append("\r\n");
        var hasUserAgent = false;
        var hasContentType = false;
        foreach (var (name, value) in request.Headers)
        {
            if (name.Length == 0 || name.Any(c => c is ':' or ' ' or '\r' or '\n') || value.Any(c => c is '\r' or '\n'))
            {
                throw new ArgumentException($"invalid header '{name}: {value}': names have no ':' or spaces, values no line breaks");
            }
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"header '{name}' is set by the engine (from the target and the body)");
            }
            hasUserAgent |= name.Equals("User-Agent", StringComparison.OrdinalIgnoreCase);
            hasContentType |= name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase);
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        if (!hasUserAgent)
        {
            head.Append("User-Agent: ").Append(UserAgent).Append("\r\n");
        }
        var body = request.Body;
        if (body is not null)
        {
            if (!hasContentType)
            {
                head.Append("Content-Type: ").Append(body.ContentType).Append("\r\n");
            }
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }
        else if (request.Method is "POST" or "PUT" or "PATCH")
        {
            head.Append("Content-Length: 0\r\n");
        }
        head.Append("\r\n");
        var headBytes = Encoding.UTF8.GetByteCount(head.ToString());
        var bytes = new byte[headBytes + (body?.Length ?? 0)];
        Encoding.UTF8.GetBytes(head.ToString(), bytes);
        body?.Content.Span.CopyTo(bytes.AsSpan(headBytes));
        return bytes;
    }
}
