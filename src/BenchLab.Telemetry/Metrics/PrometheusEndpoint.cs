using System.Net;
using System.Text;

namespace BenchLab.Telemetry.Metrics;

/// <summary>
/// A loopback HTTP endpoint that serves a <see cref="MetricRegistry"/> at <c>/metrics</c> in Prometheus text
/// format, for anyone who runs Prometheus and Grafana (deploy/). Loopback only: the lab's figures are not for the
/// network. Any lab command can host one: <c>using var endpoint = PrometheusEndpoint.Start(port, registry);</c>
/// and set values in the registry as it goes.
/// </summary>
public sealed class PrometheusEndpoint : IAsyncDisposable
{
    /// <summary>The port deploy/prometheus/prometheus.yml scrapes when <c>--metrics-port</c> is given without a value.</summary>
    public const int DefaultPort = 9470;

    private readonly HttpListener _listener;
    private readonly MetricRegistry _registry;
    private readonly Task _loop;

    private PrometheusEndpoint(HttpListener listener, MetricRegistry registry, int port)
    {
        _listener = listener;
        _registry = registry;
        Port = port;
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri MetricsUri => new($"http://127.0.0.1:{Port}/metrics");

    /// <summary>Starts serving on 127.0.0.1:<paramref name="port"/>; throws <see cref="InvalidOperationException"/> when the port is taken.</summary>
    public static PrometheusEndpoint Start(int port, MetricRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        try
        {
            listener.Start();
        }
        catch (HttpListenerException e)
        {
            ((IDisposable)listener).Dispose();
            throw new InvalidOperationException($"cannot serve metrics on 127.0.0.1:{port}: {e.Message}", e);
        }
        return new PrometheusEndpoint(listener, registry, port);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            try
            {
                await RespondAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // The scraper went away mid-response; the next scrape starts afresh.
            }
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        var path = context.Request.Url?.AbsolutePath ?? "/";
        var (status, contentType, body) = path switch
        {
            "/metrics" when context.Request.HttpMethod is "GET" or "HEAD" => (200, PrometheusText.ContentType, _registry.Render()),
            "/metrics" => (405, "text/plain; charset=utf-8", "only GET\n"),
            "/" => (200, "text/plain; charset=utf-8", "BenchLab metrics: /metrics\n"),
            _ => (404, "text/plain; charset=utf-8", "not found; metrics are at /metrics\n"),
        };
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        if (context.Request.HttpMethod != "HEAD")
        {
            await response.OutputStream.WriteAsync(bytes);
        }
        response.Close();
    }
}
