using System.Text;
using System.Text.Json;

namespace BenchLab.Load.Http;

/// <summary>The bytes of a request body and their media type. Built once and reused when it does not change per
/// iteration; build a new one per iteration for dynamic bodies.</summary>
public sealed class RequestBody
{
    public RequestBody(ReadOnlyMemory<byte> content, string contentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        Content = content;
        ContentType = contentType;
    }

    public ReadOnlyMemory<byte> Content { get; }

    public string ContentType { get; }

    public int Length => Content.Length;

    /// <summary>A JSON body from raw JSON text (sent as UTF-8).</summary>
    public static RequestBody JsonText(string json) => new(Encoding.UTF8.GetBytes(json), "application/json");

    /// <summary>A JSON body serialized from a value with System.Text.Json.</summary>
    public static RequestBody Json<T>(T value, JsonSerializerOptions? options = null) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, options), "application/json");

    public static RequestBody Text(string text, string contentType = "text/plain; charset=utf-8") =>
        new(Encoding.UTF8.GetBytes(text), contentType);

    public static RequestBody Bytes(ReadOnlyMemory<byte> bytes, string contentType = "application/octet-stream") => new(bytes, contentType);
}
