using System.Net;
using BenchLab.Infra.Postgres;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BenchLab.Servers.Tests.Verification;

/// <summary>What the fixture server gets wrong on purpose.</summary>
public enum PaginationFault
{
    /// <summary>Nothing: a correct implementation of contract §3.2.</summary>
    None,

    /// <summary>GET /users/cursor names next_cursor "nextCursor" (one response shape mutated).</summary>
    CamelCaseNextCursor,

    /// <summary>GET /users/cursor runs one extra statement per request.</summary>
    ExtraStatement,
}

/// <summary>
/// A tiny loopback server implementing the two pagination routes of contract §3.2 as the benchmark role, with
/// Npgsql's default pooling (so DISCARD ALL is sent and must be left out of statement counts) — correct, or wrong
/// in exactly one way, to show that verify notices.
/// </summary>
public sealed class PaginationFixtureServer : IAsyncDisposable
{
    private const string Columns = "id, name, email, created_at";

    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _database;

    private PaginationFixtureServer(WebApplication app, NpgsqlDataSource database)
    {
        _app = app;
        _database = database;
    }

    public Uri BaseUri => new(_app.Urls.Single() + "/");

    public static async Task<PaginationFixtureServer> StartAsync(PostgresEndpoint serverLogin, PaginationFault fault)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var database = NpgsqlDataSource.Create(serverLogin.ToKeywords());
        app.MapGet("/users/offset", async (int? page, int? size) =>
        {
            var (pageNumber, pageSize) = (page ?? 1, size ?? 20);
            await using var connection = await database.OpenConnectionAsync();
            var total = await ScalarAsync(connection, "SELECT count(*) FROM users");
            var items = await UsersAsync(connection, $"SELECT {Columns} FROM users ORDER BY id LIMIT $1 OFFSET $2", pageSize, (long)(pageNumber - 1) * pageSize);
            return Results.Json(new Dictionary<string, object>
            {
                ["items"] = items, ["total"] = total, ["page"] = pageNumber, ["size"] = pageSize, ["total_pages"] = (total + pageSize - 1) / pageSize,
            });
        });
        app.MapGet("/users/cursor", async (long? cursor, int? size) =>
        {
            var pageSize = size ?? 20;
            await using var connection = await database.OpenConnectionAsync();
            if (fault == PaginationFault.ExtraStatement)
            {
                await ScalarAsync(connection, "SELECT 1::bigint");
            }
            var rows = await UsersAsync(connection, $"SELECT {Columns} FROM users WHERE id > $1 ORDER BY id LIMIT $2", (int)(cursor ?? 0), pageSize + 1);
            var items = rows.Take(pageSize).ToList();
            object? next = rows.Count > pageSize ? items[^1]["id"] : null;
            return Results.Json(new Dictionary<string, object?>
            {
                ["items"] = items,
                [fault == PaginationFault.CamelCaseNextCursor ? "nextCursor" : "next_cursor"] = next,
                ["size"] = pageSize,
            });
        });
        await app.StartAsync();
        return new PaginationFixtureServer(app, database);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<Dictionary<string, object>>> UsersAsync(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        await using var reader = await command.ExecuteReaderAsync();
        var users = new List<Dictionary<string, object>>();
        while (await reader.ReadAsync())
        {
            users.Add(new Dictionary<string, object>
            {
                ["id"] = reader.GetInt32(0), ["name"] = reader.GetString(1), ["email"] = reader.GetString(2), ["created_at"] = reader.GetDateTime(3),
            });
        }
        return users;
    }
}
