using System.Text;
using BenchLab.Load.Http;

namespace BenchLab.Load.Tests.Http;

public sealed class RequestEncoderTests
{
    private static readonly LoadTarget Target = LoadTarget.Parse("http://127.0.0.1:8000/");

    [Fact]
    public void A_get_has_the_request_line_host_and_user_agent_and_no_body()
    {
        var wire = Encoding.ASCII.GetString(HttpRequest.Get("/users/1?x=2").WireBytes(Target).Span);

        Assert.Equal("GET /users/1?x=2 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nUser-Agent: benchlab\r\n\r\n", wire);
    }

    [Fact]
    public void A_json_body_gets_its_type_and_length()
    {
        var request = HttpRequest.Post("/echo", RequestBody.Json(new { message = "hi" }));
        var wire = Encoding.UTF8.GetString(request.WireBytes(Target).Span);

        Assert.Contains("Content-Type: application/json\r\n", wire, StringComparison.Ordinal);
        Assert.Contains("Content-Length: 16\r\n", wire, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n{\"message\":\"hi\"}", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multipart_body_carries_the_file_between_boundaries()
    {
        var body = new MultipartBody("b0undary").File("file", "test.txt", "text/plain", Encoding.ASCII.GetBytes(new string('x', 1024))).Field("note", "n").Build();
        var text = Encoding.ASCII.GetString(body.Content.Span);

        Assert.Equal("multipart/form-data; boundary=b0undary", body.ContentType);
        Assert.StartsWith("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"test.txt\"\r\nContent-Type: text/plain\r\n\r\n" + new string('x', 1024) + "\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("--b0undary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nn\r\n--b0undary--\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host", "x")]
    [InlineData("Content-Length", "1")]
    [InlineData("Bad Name", "x")]
    [InlineData("X-Injected", "a\r\nb")]
    public void Headers_the_engine_owns_or_that_break_the_wire_format_are_refused(string name, string value)
    {
        var request = new HttpRequest("GET", "/") { Headers = [new(name, value)] };

        Assert.Throws<ArgumentException>(() => request.WireBytes(Target));
    }

    [Fact]
    public void Urls_are_parsed_and_non_http_schemes_refused()
    {
        var target = LoadTarget.Parse("http://localhost:9000/health?x=1");

        Assert.True(target.IsLoopback);
        Assert.Equal(9000, target.Port);
        Assert.Equal("/health?x=1", target.DefaultPath);
        Assert.Contains("https", Assert.Throws<ArgumentException>(() => LoadTarget.Parse("https://127.0.0.1/")).Message, StringComparison.Ordinal);
        Assert.Contains("http://", Assert.Throws<ArgumentException>(() => LoadTarget.Parse("ftp://x/")).Message, StringComparison.Ordinal);
        Assert.False(LoadTarget.Parse("http://10.1.2.3:80/").IsLoopback);
    }
}
