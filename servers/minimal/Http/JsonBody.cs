using System.Buffers;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace MinimalServer.Http;

/// <summary>
/// Reads a JSON request body within a size limit and parses it, turning every way it can be wrong into the
/// contract's status: 415 not JSON, 413 too large, 400 unparseable (bad JSON, nesting deeper than 64).
/// </summary>
public static class JsonBody
{
    public const int MaxDepth = 64;

    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpContext context, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, $"Content-Type must be application/json, not '{request.ContentType ?? "(none)"}'"));
        }
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        var (bytes, length) = await ReadLimitedAsync(request.Body, maxBytes, context.RequestAborted);
        try
        {
            if (length > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }
            if (length == 0)
            {
                return (null, Problems.Status(StatusCodes.Status400BadRequest, "the request body is empty; send a JSON object"));
            }
            // JSON text is UTF-8 (RFC 8259 §8.1). The parser checks the bytes of the strings it decodes, not of members
            // the endpoint never reads, so an invalid byte there would otherwise pass silently.
            if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(0, length)))
            {
                return (null, Problems.Status(StatusCodes.Status400BadRequest, "the request body is not valid UTF-8"));
            }
            try
            {
                // JsonDocument copies what it needs, so the pooled buffer can go back right after.
                var document = JsonDocument.Parse(bytes.AsMemory(0, length), new JsonDocumentOptions { MaxDepth = MaxDepth });
                return (document, null);
            }
            catch (JsonException e)
            {
                var reason = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                    ? $"JSON nesting deeper than {MaxDepth} levels"
                    : $"malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}";
                return (null, Problems.Status(StatusCodes.Status400BadRequest, $"the request body is not valid JSON: {reason}"));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>application/json, or any application/…+json, with or without a charset.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.HasValue
        && (parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (parsed.MediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && parsed.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));

    public static IResult TooLarge(int maxBytes) =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, $"the request body is larger than the {maxBytes / 1024} KiB this endpoint accepts");

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes, so an oversized chunked body is noticed without reading it all.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 16 * 1024));
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    return (buffer, length);
                }
                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return (buffer, length);
            }
            length += read;
        }
    }
}
