namespace BenchLab.Load.Http;

/// <summary>
/// One HTTP/1.1 request as a scenario describes it. Its wire bytes are encoded on first use and cached, so a
/// request built once and sent many times costs nothing per send; a request built per iteration (a dynamic
/// JSON body, a random id in the path) costs one encoding.
/// </summary>
public sealed class HttpRequest
{
    private volatile EncodedRequest? _encoded;
    private volatile string? _tagKey;

    public HttpRequest(string method, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"a request path starts with '/': '{path}'", nameof(path));
        }
        if (path.Any(c => c is ' ' or '\r' or '\n'))
        {
            throw new ArgumentException($"a request path has no spaces or line breaks (percent-encode them): '{path}'", nameof(path));
        }
        Method = method.ToUpperInvariant();
        Path = path;
    }

    public string Method { get; }

    /// <summary>Path and query, e.g. <c>/users/cursor?cursor=10&amp;size=20</c>.</summary>
    public string Path { get; }

    /// <summary>The name the request is reported under (k6's <c>name</c> tag); by default the method and the
    /// path without its query. Scenarios name requests by route template, e.g. <c>GET /users/{id}</c>.</summary>
    public string Name { get => field ?? DefaultName(); init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public RequestBody? Body { get; init; }

    /// <summary>Extra tags (e.g. <c>op=prep</c>, <c>step=login</c>); each distinct set gets its own histograms.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>Statuses that do not count as failures in <c>http_req_failed</c>; by default any status below 400.</summary>
    public IReadOnlyList<int>? ExpectedStatuses { get; init; }

    /// <summary>Whether the response body is kept for checks (it is always read and parsed to its end).</summary>
    public bool KeepBody { get; init; } = true;

    /// <summary>A per-request timeout; the run's timeout when null.</summary>
    public TimeSpan? Timeout { get; init; }

    public static HttpRequest Get(string path) => new("GET", path);

    public static HttpRequest Delete(string path) => new("DELETE", path);

    public static HttpRequest Post(string path, RequestBody? body = null) => new("POST", path) { Body = body };

    public static HttpRequest Put(string path, RequestBody? body = null) => new("PUT", path) { Body = body };

    public static HttpRequest Patch(string path, RequestBody? body = null) => new("PATCH", path) { Body = body };

    public bool IsExpected(int status) => ExpectedStatuses is { } expected ? expected.Contains(status) : status is > 0 and < 400;

    /// <summary>Idempotent requests may be retried once when a reused keep-alive connection turns out to have been
    /// closed by the server before any byte of the response arrived (RFC 9110 §9.2.2).</summary>
    internal bool IsIdempotent => Method is "GET" or "HEAD" or "OPTIONS" or "PUT" or "DELETE";

    internal bool ExpectsNoBody => Method == "HEAD";

    /// <summary>Canonical text of the extra tags ("op=prep,step=login"), computed once.</summary>
    internal string TagKey => _tagKey ??= string.Join(',', Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));

    /// <summary>
    /// Series id cache: the last (registry, group, series) this request was recorded under. The registry is part of
    /// the key because a request built once may be sent in several runs (a warm-up, then the measurement), and
    /// each run numbers its series afresh.
    /// </summary>
    internal SeriesCacheEntry? CachedSeries;

    /// <summary>The request's wire bytes for a target (validates the headers: throws <see cref="ArgumentException"/>).</summary>
    public ReadOnlyMemory<byte> WireBytes(LoadTarget target) => Encode(target).Bytes;

    internal EncodedRequest Encode(LoadTarget target)
    {
        var encoded = _encoded;
        if (encoded is null || !ReferenceEquals(encoded.Target, target))
        {
            encoded = new EncodedRequest(target, RequestEncoder.Encode(this, target.HostHeader));
            _encoded = encoded;
        }
        return encoded;
    }

    private string DefaultName()
    {
        var query = Path.IndexOf('?', StringComparison.Ordinal);
        return $"{Method} {(query < 0 ? Path : Path[..query])}";
    }

    public override string ToString() => $"{Method} {Path}";
}

internal sealed record EncodedRequest(LoadTarget Target, byte[] Bytes);
