using System.Text;
using BenchLab.Load.Http;

namespace BenchLab.Load.Tests.Http;

public sealed class ResponseParserTests
{
    private const string ContentLengthResponse = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 13\r\nX-Request-Id: abc\r\n\r\n{\"id\":12345}\n";
    private const string ChunkedResponse = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nTrailer: x\r\n\r\n";

    [Fact]
    public void A_content_length_response_completes_with_its_status_and_body()
    {
        var (result, status, body, consumed) = Parse(ContentLengthResponse);

        Assert.Equal(ParseResult.Complete, result);
        Assert.Equal(201, status);
        Assert.Equal("{\"id\":12345}\n", body);
        Assert.Equal(Encoding.ASCII.GetByteCount(ContentLengthResponse), consumed);
    }

    [Fact]
    public void A_chunked_response_is_read_to_its_last_chunk_and_trailers_and_de_chunked()
    {
        var (result, status, body, _) = Parse(ChunkedResponse);

        Assert.Equal(ParseResult.Complete, result);
        Assert.Equal(200, status);
        Assert.Equal("hello, world", body);
    }

    [Theory]
    [InlineData(ContentLengthResponse)]
    [InlineData(ChunkedResponse)]
    [InlineData("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")]
    public void A_response_split_anywhere_parses_the_same_as_whole(string response)
    {
        var bytes = Encoding.ASCII.GetBytes(response);
        var whole = Parse(response);
        for (var split = 1; split < bytes.Length; split++)
        {
            var parser = new ResponseParser();
            parser.Reset(noBody: false);
            var keep = new ResponseBuffer();
            var first = parser.Feed(bytes.AsSpan(0, split), keep, out var consumedFirst);
            Assert.Equal(split, consumedFirst);
            Assert.Equal(ParseResult.NeedMore, first);
            var second = parser.Feed(bytes.AsSpan(split), keep, out _);
            Assert.Equal(ParseResult.Complete, second);
            Assert.Equal(whole.Status, parser.Status);
            Assert.Equal(whole.Body, Encoding.UTF8.GetString(keep.Body));
        }
    }

    [Fact]
    public void An_interim_100_continue_is_skipped_and_the_final_response_counts()
    {
        var (result, status, body, _) = Parse("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");

        Assert.Equal(ParseResult.Complete, result);
        Assert.Equal(200, status);
        Assert.Equal("ok", body);
    }

    [Fact]
    public void No_content_and_head_responses_have_no_body_even_with_a_length()
    {
        Assert.Equal(ParseResult.Complete, Parse("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n").Result);
        Assert.Equal(ParseResult.Complete, Parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", noBody: true).Result);
    }

    [Fact]
    public void A_body_without_length_runs_until_the_server_closes()
    {
        var parser = new ResponseParser();
        parser.Reset(noBody: false);
        var keep = new ResponseBuffer();
        var result = parser.Feed(Encoding.ASCII.GetBytes("HTTP/1.0 200 OK\r\n\r\npartial body"), keep, out _);

        Assert.Equal(ParseResult.NeedMore, result);
        Assert.True(parser.ReadsUntilClose);
        Assert.Equal(ParseResult.Complete, parser.FinishAtClose());
        Assert.Equal("partial body", Encoding.ASCII.GetString(keep.Body));
        Assert.True(parser.ConnectionClose);
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", true)]
    [InlineData("HTTP/1.1 200 OK\r\nconnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n", false)]
    [InlineData("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", true)]
    [InlineData("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n", false)]
    public void Connection_close_is_recognised(string response, bool close)
    {
        var parser = new ResponseParser();
        parser.Reset(noBody: false);
        Assert.Equal(ParseResult.Complete, parser.Feed(Encoding.ASCII.GetBytes(response), null, out _));
        Assert.Equal(close, parser.ConnectionClose);
    }

    [Theory]
    [InlineData("HTTX/1.1 200 OK\r\n\r\n", "HTTP/")]
    [InlineData("HTTP/1.1 2x0 OK\r\n\r\n", "status")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: ten\r\n\r\n", "Content-Length")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "chunk size")]
    public void Malformed_responses_are_rejected_with_a_reason(string response, string reason)
    {
        var parser = new ResponseParser();
        parser.Reset(noBody: false);

        Assert.Equal(ParseResult.Invalid, parser.Feed(Encoding.ASCII.GetBytes(response), null, out _));
        Assert.Contains(reason, parser.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_are_kept_for_lookup_when_the_body_is_kept()
    {
        var parser = new ResponseParser();
        parser.Reset(noBody: false);
        var keep = new ResponseBuffer();
        parser.Feed(Encoding.ASCII.GetBytes(ContentLengthResponse), keep, out _);
        var response = new HttpResponse(201, RequestError.None, null, keep, 0, 0);

        Assert.Equal("abc", response.Header("x-request-id"));
        Assert.Equal("application/json", response.Header("Content-Type"));
        Assert.Null(response.Header("Missing"));
        Assert.Equal(12345, response.Json().GetProperty("id").GetInt32());
    }

    [Fact]
    public void Wire_bytes_count_the_whole_response()
    {
        var parser = new ResponseParser();
        parser.Reset(noBody: false);
        parser.Feed(Encoding.ASCII.GetBytes(ChunkedResponse), null, out _);

        Assert.Equal(Encoding.ASCII.GetByteCount(ChunkedResponse), parser.WireBytes);
    }

    private static (ParseResult Result, int Status, string Body, int Consumed) Parse(string response, bool noBody = false)
    {
        var parser = new ResponseParser();
        parser.Reset(noBody);
        var keep = new ResponseBuffer();
        var result = parser.Feed(Encoding.ASCII.GetBytes(response), keep, out var consumed);
        return (result, parser.Status, Encoding.UTF8.GetString(keep.Body), consumed);
    }
}
