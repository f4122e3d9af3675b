using System.Net;
using System.Net.Sockets;

namespace BenchLab.Load.Http;

/// <summary>
/// Where the load goes: an http:// origin resolved once before the run (no DNS during measurement). Only plain
/// HTTP/1.1: the contract's servers speak no TLS (contract §1.1).
/// </summary>
public sealed class LoadTarget
{
    private LoadTarget(string host, int port, IPAddress address, string defaultPath)
    {
        Host = host;
        Port = port;
        Address = address;
        DefaultPath = defaultPath;
        HostHeader = port == 80 ? host : $"{host}:{port}";
    }

    /// <summary>The host as written in the URL (sent in the Host header).</summary>
    public string Host { get; }

    public int Port { get; }

    /// <summary>The address connections go to.</summary>
    public IPAddress Address { get; }

    /// <summary>Path and query of the URL the target was parsed from ("/" when it had none).</summary>
    public string DefaultPath { get; }

    public string HostHeader { get; }

    public bool IsLoopback => IPAddress.IsLoopback(Address);

    public Uri Origin => new($"http://{HostHeader}/");

    public override string ToString() => $"http://{HostHeader}";

    /// <summary>Parses and resolves an http:// URL; a malformed one is an <see cref="ArgumentException"/> whose
    /// message says how to write it.</summary>
    public static LoadTarget Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{url}' is not an http:// URL; write it as http://127.0.0.1:8000/path");
        }
        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"'{url}' uses https; the engine speaks plain HTTP/1.1 only (the lab's servers use no TLS): use http://");
        }
        var host = uri.IdnHost;
        IPAddress address;
        if (!IPAddress.TryParse(host.Trim('[', ']'), out address!))
        {
            IPAddress[] addresses;
            try
            {
                addresses = Dns.GetHostAddresses(host);
            }
            catch (SocketException e)
            {
                throw new ArgumentException($"cannot resolve host '{host}' of '{url}': {e.Message}", e);
            }
            address = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? addresses.FirstOrDefault()
                ?? throw new ArgumentException($"host '{host}' of '{url}' has no address");
        }
        var pathAndQuery = string.IsNullOrEmpty(uri.PathAndQuery) ? "/" : uri.PathAndQuery;
        var hostText = uri.HostNameType == UriHostNameType.IPv6 ? $"[{address}]" : uri.Host;
        return new LoadTarget(hostText, uri.Port, address, pathAndQuery);
    }
}
