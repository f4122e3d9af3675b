using System.Globalization;
using System.Text;

namespace MinimalServer.Configuration;

/// <summary>Everything the server reads from its environment (contract §1.1), with the contract's defaults.</summary>
public sealed record ServerSettings(
    int Port,
    string DatabaseUrl,
    string RedisUrl,
    string ServerName,
    byte[] JwtSecret,
    int DbPoolMax,
    ExternalMode ExternalMode,
    string? ExternalUrl,
    bool DbMultiplexing = true)
{
    public const string DefaultJwtSecret = "benchmark-secret-key-12345-benchlab-hs256";

    public static ServerSettings FromEnvironment(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var mode = (read("EXTERNAL_MODE") ?? "simulated").Trim().ToLowerInvariant() switch
        {
            "simulated" or "" => ExternalMode.Simulated,
            "http" => ExternalMode.Http,
            var other => throw new FormatException($"EXTERNAL_MODE must be 'simulated' or 'http', not '{other}'"),
        };
        var secret = Encoding.UTF8.GetBytes(read("JWT_SECRET") ?? DefaultJwtSecret);
        if (secret.Length < 32)
        {
            throw new FormatException("JWT_SECRET must be at least 32 bytes (HS256 keys below 256 bits are rejected, contract D13)");
        }
        var settings = new ServerSettings(
            Integer(read, "PORT", 8000, 1, 65535),
            read("DATABASE_URL") ?? throw new FormatException("DATABASE_URL is required (postgresql://user:password@host:port/database)"),
            read("REDIS_URL") ?? throw new FormatException("REDIS_URL is required (redis://host:port/0)"),
            read("SERVER_NAME") ?? "minimal",
            secret,
            Integer(read, "DB_POOL_MAX", 20, 1, 1000),
            mode,
            read("EXTERNAL_URL"),
            Switch(read, "DB_MULTIPLEXING", true));
        if (settings.ExternalMode == ExternalMode.Http && string.IsNullOrWhiteSpace(settings.ExternalUrl))
        {
            throw new FormatException("EXTERNAL_MODE=http needs EXTERNAL_URL (the lab's delay stub, e.g. http://127.0.0.1:9000)");
        }
        return settings;
    }

    /// <summary>A variant switch: <c>1</c>/<c>true</c>/<c>on</c> or <c>0</c>/<c>false</c>/<c>off</c>; unset keeps the default.</summary>
    private static bool Switch(Func<string, string?> read, string name, bool fallback)
    {
        var text = read(name);
        return text?.Trim().ToLowerInvariant() switch
        {
            null or "" => fallback,
            "1" or "true" or "on" => true,
            "0" or "false" or "off" => false,
            _ => throw new FormatException($"{name} must be 1 or 0 (on or off), not '{text}'"),
        };
    }

    private static int Integer(Func<string, string?> read, string name, int fallback, int min, int max)
    {
        var text = read(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new FormatException($"{name} must be a whole number from {min} to {max}, not '{text}'");
        }
        return value;
    }
}

/// <summary>How <c>GET /external</c> waits its 100 ms: an in-process timer, or a call to the lab's HTTP stub.</summary>
public enum ExternalMode
{
    Simulated,
    Http,
}
