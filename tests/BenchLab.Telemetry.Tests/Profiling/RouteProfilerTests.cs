using BenchLab.Infra.Redis;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Profiling;
using BenchLab.Telemetry.Redis;
using BenchLab.Telemetry.Tests.Postgres;
using BenchLab.Testing;
using Npgsql;

namespace BenchLab.Telemetry.Tests.Profiling;

/// <summary>contract §8.6: statements and rows per request, per route, measured alone.</summary>
public sealed class RouteProfilerTests
{
    private const string Authors = "SELECT id, name, email, bio, created_at FROM authors ORDER BY id LIMIT $1 OFFSET $2";
    private const string PostsOfAuthor = "SELECT id, title, content, view_count, created_at FROM posts WHERE author_id = $1 ORDER BY id";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_scripted_1_plus_20_sequence_is_21_statements_per_request()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var server = ScriptedServer.Pool(database);
        await using var statistics = new PostgresStatistics(database.Superuser);
        var offset = 0;

        var profile = await new RouteProfiler(statistics).ProfileAsync(
            "GET /n-plus-one/lazy",
            ct => LazyAsync(server, 20, offset += 37, ct),
            new ProfileOptions(Requests: 10),
            cancellationToken: Token);

        Assert.Equal(21.0, profile.StatementsPerRequest);
        Assert.Equal(20 + 20 * 8, profile.RowsPerRequest);
        Assert.Empty(profile.Problems);
        Assert.Equal(10, profile.Requests);
        Assert.Equal(1.0, profile.Statements.Single(s => s.Query.Contains("FROM authors", StringComparison.Ordinal)).CallsPerRequest);
        Assert.Equal(20.0, profile.Statements.Single(s => s.Query.Contains("FROM posts", StringComparison.Ordinal)).CallsPerRequest);
        Assert.Equal(8.0, profile.Statements.Single(s => s.Query.Contains("FROM posts", StringComparison.Ordinal)).RowsPerRequest / 20);
        Assert.Null(profile.RedisCommandsPerRequest);
        Assert.NotNull(NPlusOneDetector.CheckBound(profile));
    }

    [Fact]
    public async Task Statements_that_grow_with_the_page_size_are_flagged_as_N_plus_1_and_a_join_is_not()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var server = ScriptedServer.Pool(database);
        await using var statistics = new PostgresStatistics(database.Superuser);
        var profiler = new RouteProfiler(statistics);
        var detector = new NPlusOneDetector();
        int[] sizes = [5, 10, 20];

        var lazy = await profiler.ProfilePageSizesAsync("GET /n-plus-one/lazy", (size, ct) => LazyAsync(server, size, 100, ct), sizes, new ProfileOptions(Requests: 4), Token);
        var eager = await profiler.ProfilePageSizesAsync("GET /n-plus-one/eager", (size, ct) => EagerAsync(server, size, 100, ct), sizes, new ProfileOptions(Requests: 4), Token);

        Assert.Equal([6.0, 11.0, 21.0], lazy.Select(p => p.StatementsPerRequest));
        Assert.Equal([1.0, 1.0, 1.0], eager.Select(p => p.StatementsPerRequest));
        Assert.Equal([40.0, 80.0, 160.0], eager.Select(p => p.RowsPerRequest));
        var growth = detector.CheckGrowth(lazy);
        Assert.NotNull(growth);
        Assert.Equal("growth", growth.Kind);
        Assert.Contains("≈ 1 per extra item", growth.Message, StringComparison.Ordinal);
        Assert.Null(detector.CheckGrowth(eager));
        Assert.Empty(detector.Check(eager));
        // Growth, and the bound of 10 at page sizes 10 (11) and 20 (21); size 5 (6) stays within it.
        Assert.Equal(["growth", "bound", "bound"], detector.Check(lazy).Select(w => w.Kind));
    }

    [Fact]
    public async Task Redis_commands_per_request_are_counted_without_the_lab_s_own()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var redisServer = await PrivateRedis.StartAsync(Token);
        await using var server = ScriptedServer.Pool(database);
        await using var cache = await RespConnection.OpenAsync(redisServer.Endpoint, "scripted-server", Token);
        await using var statistics = new PostgresStatistics(database.Superuser);
        await using var redis = new RedisStatistics(redisServer.Endpoint);
        var id = 0;

        // Cache-aside on a miss: GET (miss), one SELECT, SET … EX 300.
        var profile = await new RouteProfiler(statistics, redis).ProfileAsync("GET /cache/users/{id}/cached", async ct =>
        {
            var key = $"user:{++id}";
            await cache.CommandAsync("get", ["GET", key], ct);
            await using (var connection = await server.OpenConnectionAsync(ct))
            {
                await ScriptedServer.QueryAsync(connection, "SELECT id, name, email FROM users WHERE id = $1", ct, id);
            }
            await cache.CommandAsync("set", ["SET", key, "{}", "EX", "300"], ct);
        }, new ProfileOptions(Requests: 12), cancellationToken: Token);

        Assert.Equal(1.0, profile.StatementsPerRequest);
        Assert.Equal(2.0, profile.RedisCommandsPerRequest);
        Assert.Equal(1.0, profile.RedisCommandsByName!["get"]);
        Assert.Equal(1.0, profile.RedisCommandsByName["set"]);
        Assert.False(profile.RedisCommandsByName.ContainsKey("info"));
        Assert.Empty(profile.Problems);
    }

    [Fact]
    public async Task Work_that_varies_between_requests_is_reported_as_a_problem()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var server = ScriptedServer.Pool(database);
        await using var statistics = new PostgresStatistics(database.Superuser);
        var request = 0;

        var profile = await new RouteProfiler(statistics).ProfileAsync("GET /odd", async ct =>
        {
            await using var connection = await server.OpenConnectionAsync(ct);
            // One statement on even requests, two on odd ones.
            for (var i = 0; i <= request++ % 2; i++)
            {
                await ScriptedServer.QueryAsync(connection, "SELECT id FROM users WHERE id = $1", ct, 1);
            }
        }, new ProfileOptions(Requests: 3, WarmupRequests: 0), cancellationToken: Token);

        Assert.Equal(4 / 3.0, profile.StatementsPerRequest, 12);
        Assert.Contains(profile.Problems, p => p.Contains("not a whole number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_measurement_that_a_reset_of_pg_stat_statements_disturbed_is_taken_again()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var server = ScriptedServer.Pool(database);
        await using var statistics = new PostgresStatistics(database.Superuser);
        for (var i = 0; i < 5; i++)
        {
            await LookupAsync(server, Token);
        }
        var request = 0;

        // Something else resets this database's statements during the first measurement's second request (R-full
        // resets all of them; this test keeps to its own database so that it cannot disturb tests beside it).
        var profile = await new RouteProfiler(statistics).ProfileAsync("GET /users/{id}", async ct =>
        {
            await LookupAsync(server, ct);
            if (++request == 2)
            {
                await using var connection = await database.OpenAsync(ct);
                await using var reset = new NpgsqlCommand("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)", connection);
                await reset.ExecuteNonQueryAsync(ct);
            }
        }, new ProfileOptions(Requests: 3, WarmupRequests: 0), cancellationToken: Token);

        Assert.Equal(2, profile.Attempts);
        Assert.Equal(6, request);
        Assert.Equal(1.0, profile.StatementsPerRequest);
        Assert.Empty(profile.Problems);
    }

    [Fact]
    public async Task A_profile_disturbed_at_every_attempt_says_so_after_the_last()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var server = ScriptedServer.Pool(database);
        await using var statistics = new PostgresStatistics(database.Superuser);
        // Another client of the server role sits in an open transaction throughout.
        await using var other = await server.OpenConnectionAsync(Token);
        await using var transaction = await other.BeginTransactionAsync(Token);
        await ScriptedServer.QueryAsync(other, "SELECT id FROM users WHERE id = $1", Token, 1);
        var request = 0;

        var profile = await new RouteProfiler(statistics).ProfileAsync("GET /users/{id}", async ct =>
        {
            await LookupAsync(server, ct);
            request++;
        }, new ProfileOptions(Requests: 2, WarmupRequests: 0, Attempts: 3), cancellationToken: Token);

        Assert.Equal(3, profile.Attempts);
        Assert.Equal(6, request);
        Assert.Contains(profile.Problems, p => p.Contains("connection(s) were busy", StringComparison.Ordinal));
    }

    private static async Task LookupAsync(NpgsqlDataSource server, CancellationToken cancellationToken)
    {
        await using var connection = await server.OpenConnectionAsync(cancellationToken);
        await ScriptedServer.QueryAsync(connection, "SELECT id, name FROM users WHERE id = $1", cancellationToken, 7);
    }

    private static async Task LazyAsync(NpgsqlDataSource server, int limit, int offset, CancellationToken cancellationToken)
    {
        await using var connection = await server.OpenConnectionAsync(cancellationToken);
        var ids = new List<int>();
        await using (var authors = new NpgsqlCommand(Authors, connection))
        {
            authors.Parameters.AddWithValue(limit);
            authors.Parameters.AddWithValue(offset);
            await using var reader = await authors.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt32(0));
            }
        }
        foreach (var id in ids)
        {
            await ScriptedServer.QueryAsync(connection, PostsOfAuthor, cancellationToken, id);
        }
    }

    private static async Task EagerAsync(NpgsqlDataSource server, int limit, int offset, CancellationToken cancellationToken)
    {
        await using var connection = await server.OpenConnectionAsync(cancellationToken);
        await ScriptedServer.QueryAsync(connection, """
            SELECT a.id, a.name, p.id, p.title FROM (SELECT id, name FROM authors ORDER BY id LIMIT $1 OFFSET $2) a
            LEFT JOIN posts p ON p.author_id = a.id ORDER BY a.id, p.id
            """, cancellationToken, limit, offset);
    }
}
