using System.Text.Encodings.Web;
using System.Text.Json;

namespace MinimalServer.Json;

/// <summary>
/// The serializer context every response uses: the source-generated metadata of <see cref="AppJsonContext"/>
/// with an encoder that writes UTF-8 as it is (the default escapes every non-ASCII character and even
/// apostrophes as \uXXXX, inflating payloads that other frameworks send unescaped).
/// </summary>
public static class AppJson
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static AppJsonContext Context { get; } = new(new JsonSerializerOptions(AppJsonContext.Default.Options) { Encoder = Encoder });

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };
}
