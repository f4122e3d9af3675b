using System.ComponentModel;
using BenchLab.Infra.Database;
using BenchLab.Servers.Verification.Checks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

public sealed class VerifySettings : InfraSettings
{
    [CommandOption("--server <NAME>")]
    [Description("Build and start servers/NAME (as its server.json says) against the lab's PostgreSQL and Redis, verify it, stop it.")]
    public string? Server { get; init; }

    [CommandOption("--url <URL>")]
    [Description("Verify a server that is already running on loopback, e.g. http://127.0.0.1:8000. Needs the PostgreSQL and Redis it uses: the embedded instance, or --pg/--redis.")]
    public string? Url { get; init; }

    [CommandOption("--only <GROUPS>")]
    [Description("Run only these check groups, comma-separated: basic, users, pagination, column-overhead, n-plus-one, bulk, transactions, cache, auth, aggregation, search, flow, bad-input.")]
    public string? Only { get; init; }

    [CommandOption("--no-build")]
    [Description("With --server: start what was built last instead of building first.")]
    public bool NoBuild { get; init; }

    [CommandOption("--database <NAME>")]
    [Description("The database the server uses (its DATABASE_URL with --server).")]
    [DefaultValue(LabDatabases.Benchmark)]
    public string Database { get; init; } = LabDatabases.Benchmark;

    [CommandOption("--jwt-secret <SECRET>")]
    [Description("With --url: the JWT_SECRET the server was started with (default: the contract's). With --server the lab passes the contract's.")]
    public string? JwtSecret { get; init; }

    [CommandOption("--server-name <NAME>")]
    [Description("With --url: the SERVER_NAME GET /health must echo (default: any).")]
    public string? ServerName { get; init; }

    public IReadOnlySet<string>? OnlyGroups => Only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    public override ValidationResult Validate()
    {
        if ((Server is null) == (Url is null))
        {
            return ValidationResult.Error("give exactly one of --server NAME (e.g. --server minimal) or --url URL (e.g. --url http://127.0.0.1:8000)");
        }
        if (Url is not null)
        {
            if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            {
                return ValidationResult.Error($"--url '{Url}' is not an http:// URL such as http://127.0.0.1:8000");
            }
            if (!uri.IsLoopback)
            {
                return ValidationResult.Error($"--url '{Url}' is not on loopback: the lab sends requests only to 127.0.0.1, localhost or [::1]");
            }
            if (NoBuild)
            {
                return ValidationResult.Error("--no-build goes with --server; with --url nothing is built");
            }
        }
        else if (JwtSecret is not null || ServerName is not null)
        {
            return ValidationResult.Error("--jwt-secret and --server-name go with --url; with --server the lab sets JWT_SECRET and SERVER_NAME itself");
        }
        if (JwtSecret is { Length: < 32 })
        {
            return ValidationResult.Error("--jwt-secret must be at least 32 bytes (contract D13)");
        }
        var unknown = OnlyGroups?.FirstOrDefault(name => !CheckCatalog.Names.Contains(name));
        if (unknown is not null)
        {
            return ValidationResult.Error($"--only: unknown check group '{unknown}'; choose from {string.Join(", ", CheckCatalog.Names)}");
        }
        if (OnlyGroups is { Count: 0 })
        {
            return ValidationResult.Error($"--only names no group; choose from {string.Join(", ", CheckCatalog.Names)}");
        }
        return base.Validate();
    }
}
