using System.Globalization;
using Npgsql;

namespace MinimalServer.Configuration;

/// <summary>
/// The contract passes connections as URIs so that every language reads them (contract §1.1); Npgsql does
/// not parse <c>postgresql://</c> URIs and StackExchange.Redis expects <c>host:port,defaultDatabase=0</c>.
/// </summary>
public static class ConnectionStrings
{
    /// <summary><c>postgresql://user:pass@host:port/db</c> → an Npgsql connection-string builder.</summary>
    public static NpgsqlConnectionStringBuilder FromPostgresUri(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || (parsed.Scheme != "postgresql" && parsed.Scheme != "postgres") || parsed.Host.Length == 0)
        {
            throw new FormatException($"DATABASE_URL must look like postgresql://user:password@host:port/database, not '{uri}'");
        }
        var credentials = parsed.UserInfo.Split(':', 2);
        return new NpgsqlConnectionStringBuilder
        {
            Host = parsed.Host.Trim('[', ']'),
            Port = parsed.IsDefaultPort || parsed.Port < 0 ? 5432 : parsed.Port,
            Username = Uri.UnescapeDataString(credentials[0]),
            Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null,
            Database = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/')),
        };
    }

    /// <summary><c>redis://[:password@]host:port/db</c> → <c>host:port,defaultDatabase=db</c>.</summary>
    public static string FromRedisUri(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme != "redis" || parsed.Host.Length == 0)
        {
            throw new FormatException($"REDIS_URL must look like redis://host:port/0, not '{uri}'");
        }
        var path = parsed.AbsolutePath.Trim('/');
        var database = path.Length == 0 ? 0 : int.Parse(path, NumberStyles.None, CultureInfo.InvariantCulture);
        var port = parsed.IsDefaultPort || parsed.Port < 0 ? 6379 : parsed.Port;
        var text = $"{parsed.Host}:{port},defaultDatabase={database}";
        if (parsed.UserInfo.Length > 0)
        {
            text += $",password={Uri.UnescapeDataString(parsed.UserInfo.Split(':', 2)[^1])}";
        }
        return text;
    }
}
