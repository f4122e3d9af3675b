using Npgsql;

namespace BenchLab.Infra.Postgres;

/// <summary>
/// One PostgreSQL login: where, who, which database. Accepts the two forms people paste — a
/// <c>postgresql://</c> URI (what psql and the servers' DATABASE_URL take) and Npgsql's keyword string — and
/// prints both, because Npgsql does not parse URIs (contract §1.1).
/// </summary>
public sealed record PostgresEndpoint(string Host, int Port, string Username, string Password, string Database)
{
    public const int DefaultPort = 5432;

    /// <summary><c>postgresql://user:password@host:port/database</c>.</summary>
    public string ToUri()
    {
        var host = Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host;
        return $"postgresql://{Uri.EscapeDataString(Username)}:{Uri.EscapeDataString(Password)}@{host}:{Port}/{Uri.EscapeDataString(Database)}";
    }

    /// <summary>Npgsql's keyword form, e.g. <c>Host=127.0.0.1;Port=5432;Username=…;Password=…;Database=…</c>.</summary>
    public string ToKeywords() => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = Username,
        Password = Password,
        Database = Database,
    }.ConnectionString;

    /// <summary>The keyword form plus the lab's own client settings (pooling, timeouts, error detail).</summary>
    public string ToLabConnectionString(string applicationName = "benchlab") => new NpgsqlConnectionStringBuilder(ToKeywords())
    {
        ApplicationName = applicationName,
        IncludeErrorDetail = true,
        Timeout = 15,
        CommandTimeout = 600,
    }.ConnectionString;

    public PostgresEndpoint WithDatabase(string database) => this with { Database = database };

    public PostgresEndpoint WithLogin(string username, string password) => this with { Username = username, Password = password };

    /// <summary>The password replaced by <c>***</c>, for messages.</summary>
    public string ToDisplayUri() => (this with { Password = "***" }).ToUri();

    /// <summary>Parses a URI or keyword string; <paramref name="origin"/> names the flag or variable in errors.</summary>
    public static PostgresEndpoint Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new UsageException($"{origin} is empty; give a postgresql://user:password@host:port/database URI or an Npgsql string like Host=127.0.0.1;Port=5432;Username=postgres;Password=…");
        }
        return trimmed.Contains("://", StringComparison.Ordinal) ? ParseUri(trimmed, origin) : ParseKeywords(trimmed, origin);
    }

    private static PostgresEndpoint ParseUri(string text, string origin)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "postgresql" && uri.Scheme != "postgres"))
        {
            throw new UsageException($"{origin}: '{Redact(text)}' is not a postgresql:// URI; use postgresql://user:password@host:port/database");
        }
        if (string.IsNullOrEmpty(uri.Host))
        {
            throw new UsageException($"{origin}: '{Redact(text)}' names no host; use postgresql://user:password@host:port/database");
        }
        var userInfo = uri.UserInfo.Split(':', 2);
        var username = Uri.UnescapeDataString(userInfo[0]);
        var password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "";
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new PostgresEndpoint(
            uri.Host.Trim('[', ']'),
            uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port,
            username.Length == 0 ? "postgres" : username,
            password,
            database.Length == 0 ? "postgres" : database);
    }

    private static PostgresEndpoint ParseKeywords(string text, string origin)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{origin}: not a connection string ({e.Message}); use postgresql://user:password@host:port/database or Host=…;Port=…;Username=…;Password=…", e);
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new UsageException($"{origin}: '{Redact(text)}' names no Host; use postgresql://user:password@host:port/database or Host=…;Port=…;Username=…;Password=…");
        }
        return new PostgresEndpoint(
            builder.Host,
            builder.Port,
            string.IsNullOrEmpty(builder.Username) ? "postgres" : builder.Username,
            builder.Password ?? "",
            string.IsNullOrEmpty(builder.Database) ? "postgres" : builder.Database);
    }

    private static string Redact(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"(?<=://[^:/@]*:)[^@]*(?=@)|(?i)(?<=password=)[^;]*", "***");
}
