using System.Globalization;

namespace BenchLab.Infra.Redis;

/// <summary>
/// One Redis server: host, port, database, optional password. Accepts <c>redis://[:password@]host:port[/db]</c>
/// (what the servers' REDIS_URL holds) or <c>host:port</c>, and prints StackExchange.Redis's own form.
/// </summary>
public sealed record RedisEndpoint(string Host, int Port, int Database = 0, string? Password = null)
{
    public const int DefaultPort = 6379;

    public string ToUri()
    {
        var auth = Password is null ? "" : $":{Uri.EscapeDataString(Password)}@";
        return $"redis://{auth}{Host}:{Port}/{Database}";
    }

    /// <summary>StackExchange.Redis configuration: <c>host:port,defaultDatabase=0</c> (plus admin commands for the lab).</summary>
    public string ToStackExchange(bool allowAdmin = false)
    {
        var text = $"{Host}:{Port},defaultDatabase={Database},abortConnect=false";
        if (Password is not null)
        {
            text += $",password={Password}";
        }
        return allowAdmin ? text + ",allowAdmin=true" : text;
    }

    public static RedisEndpoint Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        const string Hint = "use redis://host:port/0 or host:port";
        if (trimmed.Length == 0)
        {
            throw new UsageException($"{origin} is empty; {Hint}");
        }
        if (trimmed.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme != "redis" || string.IsNullOrEmpty(uri.Host))
            {
                throw new UsageException($"{origin}: '{trimmed}' is not a redis:// URI; {Hint}");
            }
            var path = uri.AbsolutePath.Trim('/');
            var database = 0;
            if (path.Length > 0 && (!int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out database) || database > 15))
            {
                throw new UsageException($"{origin}: database '{path}' is not a number from 0 to 15; {Hint}");
            }
            var password = uri.UserInfo.Length == 0 ? null : Uri.UnescapeDataString(uri.UserInfo.Split(':', 2)[^1]);
            return new RedisEndpoint(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, database, password);
        }
        var separator = trimmed.LastIndexOf(':');
        if (separator <= 0 || !int.TryParse(trimmed[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new UsageException($"{origin}: '{trimmed}' is not host:port; {Hint}");
        }
        return new RedisEndpoint(trimmed[..separator], port);
    }
}
