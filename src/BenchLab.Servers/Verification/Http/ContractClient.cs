using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace BenchLab.Servers.Verification.Http;

/// <summary>
/// Sends requests to the server under test exactly as written (paths and queries are not normalised, redirects
/// are not followed, nothing is compressed) over HTTP/1.1 keep-alive on loopback, as the load generator does.
/// </summary>
public sealed class ContractClient : IDisposable
{
    private readonly HttpClient _http;

    public ContractClient(Uri baseUri)
    {
        BaseUri = baseUri;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        {
            // contract §1.5: the load's request timeout.
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public Uri BaseUri { get; }

    /// <summary>Called with every answer (method, path and query as sent, the answer): verify's schema conformance log.</summary>
    public Action<string, string, ContractResponse>? Answered { get; set; }

    public Task<ContractResponse> GetAsync(string pathAndQuery, CancellationToken cancellationToken, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Get, pathAndQuery, null, cancellationToken, headers);

    public Task<ContractResponse> DeleteAsync(string pathAndQuery, CancellationToken cancellationToken, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Delete, pathAndQuery, null, cancellationToken, headers);

    /// <summary>A POST without a body (the contract's query-parameter POSTs: bulk, transactions, cache, login).</summary>
    public Task<ContractResponse> PostAsync(string pathAndQuery, CancellationToken cancellationToken, params (string Name, string Value)[] headers) =>
        SendAsync(HttpMethod.Post, pathAndQuery, null, cancellationToken, headers);

    public Task<ContractResponse> SendJsonAsync(HttpMethod method, string pathAndQuery, string json, CancellationToken cancellationToken, params (string Name, string Value)[] headers) =>
        SendAsync(method, pathAndQuery, Body(Encoding.UTF8.GetBytes(json), "application/json"), cancellationToken, headers);

    /// <summary>Sends <paramref name="content"/> as it is; a null content type sends no Content-Type header at all.</summary>
    public static ByteArrayContent Body(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        return content;
    }

    public async Task<ContractResponse> SendAsync(
        HttpMethod method,
        string pathAndQuery,
        HttpContent? content,
        CancellationToken cancellationToken,
        params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(BaseUri, pathAndQuery)) { Content = content, Version = new Version(1, 1) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        // A large body waits for "100 Continue", so a server that refuses it by its length can answer 413 at once.
        if (content?.Headers.ContentLength > 64 * 1024)
        {
            request.Headers.ExpectContinue = true;
        }
        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var answer = new ContractResponse($"{method} {pathAndQuery}", (int)response.StatusCode, response.Headers, response.Content.Headers, body, clock.Elapsed);
        Answered?.Invoke(method.Method, pathAndQuery, answer);
        return answer;
    }

    public void Dispose() => _http.Dispose();
}
