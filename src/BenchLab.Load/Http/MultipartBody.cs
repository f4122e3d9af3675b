using System.Security.Cryptography;
using System.Text;

namespace BenchLab.Load.Http;

/// <summary>
/// A multipart/form-data body (RFC 7578), built part by part:
/// <c>new MultipartBody().File("file", "test.txt", "text/plain", bytes).Field("note", "x").Build()</c>.
/// </summary>
public sealed class MultipartBody
{
    private readonly List<(string Header, ReadOnlyMemory<byte> Content)> _parts = [];
    private readonly string _boundary;

    public MultipartBody(string? boundary = null)
    {
        _boundary = boundary ?? "benchlab-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        if (_boundary.Length is 0 or > 70 || _boundary.Any(c => c is '"' or '\r' or '\n'))
        {
            throw new ArgumentException("a multipart boundary has 1–70 characters and no quotes or line breaks", nameof(boundary));
        }
    }

    public MultipartBody Field(string name, string value)
    {
        _parts.Add(($"Content-Disposition: form-data; name=\"{Escape(name)}\"\r\n", Encoding.UTF8.GetBytes(value)));
        return this;
    }

    public MultipartBody File(string name, string fileName, string contentType, ReadOnlyMemory<byte> content)
    {
        _parts.Add(($"Content-Disposition: form-data; name=\"{Escape(name)}\"; filename=\"{Escape(fileName)}\"\r\nContent-Type: {contentType}\r\n", content));
        return this;
    }

    public RequestBody Build()
    {
        using var stream = new MemoryStream();
        foreach (var (header, content) in _parts)
        {
            Write(stream, $"--{_boundary}\r\n{header}\r\n");
            stream.Write(content.Span);
            Write(stream, "\r\n");
        }
        Write(stream, $"--{_boundary}--\r\n");
        return new RequestBody(stream.ToArray(), $"multipart/form-data; boundary={_boundary}");
    }

    private static void Write(MemoryStream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
