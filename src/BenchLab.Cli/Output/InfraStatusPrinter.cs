using BenchLab.Infra;
using BenchLab.Infra.Postgres;

namespace BenchLab.Cli.Output;

/// <summary>
/// Prints where PostgreSQL and Redis run and how to connect, in every form people paste. Plain lines, never
/// wrapped, so that a connection string can be copied whole from any terminal width.
/// </summary>
public static class InfraStatusPrinter
{
    public static void Print(InfraEndpoints endpoints, PostgresDetails details)
    {
        var output = Console.Out;
        output.WriteLine($"PostgreSQL {details.Version} ({(endpoints.PostgresEmbedded ? "embedded" : "external")})");
        if (endpoints.PostgresInstance is { } pg)
        {
            Row("pid / port", $"{pg.Pid} / {pg.Port} (127.0.0.1)");
            Row("data", pg.DataDirectory);
            Row("log", pg.LogFile);
        }
        else
        {
            Row("address", $"{endpoints.Superuser.Host}:{endpoints.Superuser.Port}");
        }
        Row("DATABASE_URL (servers)", endpoints.ServerDatabase.ToUri());
        Row("Npgsql (servers)", endpoints.ServerDatabase.ToKeywords());
        Row("URI (lab, superuser)", endpoints.LabDatabase.ToUri());
        Row("Npgsql (lab, superuser)", endpoints.LabDatabase.ToKeywords());
        Row("benchmark database", details.SeedVersion is null
            ? "missing (run ./benchlab infra up)"
            : $"users: {details.UsersRows:N0} rows; {details.SeedVersion}");
        Row("non-default settings", string.Join("; ", details.NonDefaultSettings.Select(s => $"{s.Name}={s.Value}")));
        output.WriteLine();

        output.WriteLine($"Redis {endpoints.RedisInstance?.Version ?? ""} ({(endpoints.RedisEmbedded ? "embedded" : "external")})".Replace("  ", " ", StringComparison.Ordinal));
        if (endpoints.RedisInstance is { } redis)
        {
            Row("pid / port", $"{redis.Pid} / {redis.Port} (127.0.0.1)");
            Row("log", redis.LogFile);
        }
        Row("REDIS_URL (servers)", endpoints.Redis.ToUri());
        Row("StackExchange.Redis", endpoints.Redis.ToStackExchange());
    }

    private static void Row(string label, string value) => Console.Out.WriteLine($"  {label,-24} {value}");
}
