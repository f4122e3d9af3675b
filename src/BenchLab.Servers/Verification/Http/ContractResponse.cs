using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BenchLab.Servers.Verification.Http;

/// <summary>One answer of the server under test, read whole: status, headers, body, and the body as JSON if it is JSON.</summary>
public sealed class ContractResponse
{
    private static readonly JsonDocumentOptions Parsing = new() { MaxDepth = 256 };
    private readonly Lazy<(JsonElement? Json, string? Error)> _parsed;

    public ContractResponse(string request, int status, HttpResponseHeaders headers, HttpContentHeaders contentHeaders, byte[] body, TimeSpan elapsed)
    {
        Request = request;
        Status = status;
        Headers = headers;
        ContentHeaders = contentHeaders;
        Body = body;
        Elapsed = elapsed;
        _parsed = new Lazy<(JsonElement?, string?)>(Parse);
    }

    /// <summary>"GET /users/42", for messages.</summary>
    public string Request { get; }

    public int Status { get; }

    public HttpResponseHeaders Headers { get; }

    public HttpContentHeaders ContentHeaders { get; }

    public byte[] Body { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>The media type without parameters, e.g. <c>application/json</c>; null without a Content-Type.</summary>
    public string? MediaType => ContentHeaders.ContentType?.MediaType;

    public string? Charset => ContentHeaders.ContentType?.CharSet;

    /// <summary>The body parsed as JSON; null when it is not JSON (see <see cref="JsonError"/>).</summary>
    public JsonElement? Json => _parsed.Value.Json;

    public string? JsonError => _parsed.Value.Error;

    /// <summary>The first 160 characters of the body, for messages.</summary>
    public string Preview
    {
        get
        {
            var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 400)).ReplaceLineEndings(" ");
            return text.Length <= 160 ? text : text[..157] + "…";
        }
    }

    /// <summary>All values of a response or content header, joined with ", "; null when absent.</summary>
    public string? Header(string name)
    {
        if (Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values))
        {
            return string.Join(", ", values);
        }
        return null;
    }

    private (JsonElement?, string?) Parse()
    {
        if (Body.Length == 0)
        {
            return (null, "the body is empty");
        }
        try
        {
            using var document = JsonDocument.Parse(Body, Parsing);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (null, $"the body is not JSON ({e.Message.Split('.')[0]}): {Preview}");
        }
    }
}
