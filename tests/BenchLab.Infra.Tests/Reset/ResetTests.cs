using BenchLab.Infra.Database;
using BenchLab.Infra.Reset;
using BenchLab.Infra.Tests.Seed;
using BenchLab.Testing;
using Npgsql;
using StackExchange.Redis;

namespace BenchLab.Infra.Tests.Reset;

/// <summary>Each reset procedure of contract §2.6 on a private copy of the seeded database and a private Redis.</summary>
public sealed class ResetTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Users_reset_removes_added_rows_and_restores_changed_and_deleted_seed_rows()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using (var connection = await database.OpenAsync(Token))
        {
            await connection.ExecuteAsync("INSERT INTO users (name, email) SELECT 'Extra ' || g, 'extra' || g || '@x.test' FROM generate_series(1, 25) g", Token);
            await connection.ExecuteAsync("UPDATE users SET name = 'Renamed', email = 'swap@x.test' WHERE id = 5", Token);
            // Row 6 takes row 5's former email: restoring 5 before 6 in place would collide on the unique key.
            await connection.ExecuteAsync("UPDATE users SET email = 'user5@benchmark.com' WHERE id = 6", Token);
            await connection.ExecuteAsync("UPDATE users SET created_at = now() WHERE id = 99999", Token);
            await connection.ExecuteAsync("DELETE FROM users WHERE id IN (7, 100000)", Token);
        }

        var outcome = await new UsersReset().RunAsync(Target(database), Token);

        Assert.Equal("users: removed 25 rows above id 100000, restored 5 seed rows", outcome);
        await using var check = await database.OpenAsync(Token);
        Assert.Equal(100_000L, await check.ScalarAsync<long>("SELECT count(*) FROM users", Token));
        Assert.Equal(100_000, await check.ScalarAsync<int>("SELECT max(id) FROM users", Token));
        foreach (var id in new[] { 5, 6, 7, 99999, 100000 })
        {
            Assert.Empty(await RowComparer.DifferencesAsync(check, "users", id));
        }
        Assert.Equal(100_001, await check.ScalarAsync<int>("INSERT INTO users (name, email) VALUES ('Next', 'next@x.test') RETURNING id", Token));
    }

    [Fact]
    public async Task Bulk_reset_empties_bulk_items_and_restarts_its_ids()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using (var connection = await database.OpenAsync(Token))
        {
            await connection.ExecuteAsync("INSERT INTO bulk_items (batch_key, seq, name, value) SELECT 'b', g, 'item_' || g, g FROM generate_series(0, 99) g", Token);
        }

        Assert.Equal("bulk_items: truncated 100 rows", await new BulkReset().RunAsync(Target(database), Token));

        await using var check = await database.OpenAsync(Token);
        Assert.Equal(0L, await check.ScalarAsync<long>("SELECT count(*) FROM bulk_items", Token));
        Assert.Equal(1, await check.ScalarAsync<int>("INSERT INTO bulk_items (batch_key, seq, name) VALUES ('b', 0, 'item_0') RETURNING id", Token));
    }

    [Fact]
    public async Task Products_reset_restores_stock_version_and_timestamp()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using (var connection = await database.OpenAsync(Token))
        {
            await connection.ExecuteAsync("UPDATE products SET stock = stock - 1500, version = version + 7, updated_at = now() WHERE id IN (1, 2, 9)", Token);
        }

        await new ProductsReset().RunAsync(Target(database), Token);

        await using var check = await database.OpenAsync(Token);
        for (var id = 1; id <= 10; id++)
        {
            Assert.Empty(await RowComparer.DifferencesAsync(check, "products", id));
        }
    }

    [Fact]
    public async Task Redis_reset_flushes_keys_and_restores_memory_settings()
    {
        await using var redis = await PrivateRedis.StartAsync(Token);
        await using (var client = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint.ToStackExchange(allowAdmin: true)))
        {
            var db = client.GetDatabase();
            await db.StringSetAsync("user:1", "{}");
            await db.StringSetAsync("session:abc", "1");
            var server = client.GetServer(redis.Endpoint.Host, redis.Endpoint.Port);
            await server.ConfigSetAsync("maxmemory", "100mb");
            await server.ConfigSetAsync("maxmemory-policy", "allkeys-lru");
        }

        var outcome = await new RedisReset().RunAsync(new ResetTarget(LabEnvironment.Superuser, LabDatabases.Benchmark, redis.Endpoint), Token);

        Assert.Equal("redis: flushed 2 keys from database 0; maxmemory 0, noeviction", outcome);
        await using var check = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint.ToStackExchange(allowAdmin: true));
        var checkServer = check.GetServer(redis.Endpoint.Host, redis.Endpoint.Port);
        Assert.Equal(0, await checkServer.DatabaseSizeAsync());
        Assert.Equal("0", (await checkServer.ConfigGetAsync("maxmemory")).Single().Value);
        Assert.Equal("noeviction", (await checkServer.ConfigGetAsync("maxmemory-policy")).Single().Value);
    }

    [Fact]
    public async Task Stats_reset_forgets_the_server_role_statements_of_this_database()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.Server.ToLabConnectionString()) { Pooling = false }.ConnectionString))
        {
            await server.OpenAsync(Token);
            await server.ScalarAsync<long>("SELECT count(*) FROM users WHERE id < 10", Token);
        }
        const string Count = """
            SELECT count(*) FROM pg_stat_statements
            WHERE userid = (SELECT oid FROM pg_roles WHERE rolname = 'benchmark') AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            """;
        await using var check = await database.OpenAsync(Token);
        Assert.True(await check.ScalarAsync<long>(Count, Token) > 0);

        await new StatsReset().RunAsync(Target(database), Token);

        Assert.Equal(0L, await check.ScalarAsync<long>(Count, Token));
    }

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Exclusive)] // pg_stat_statements_reset() empties every database's counts
    public async Task Full_reset_recreates_a_damaged_database_from_the_seed()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using (var connection = await database.OpenAsync(Token))
        {
            await connection.ExecuteAsync("DROP TABLE articles; DELETE FROM posts WHERE id > 10; UPDATE users_wide SET login_count = 0", Token);
        }

        var outcome = await new FullReset(_ => { }).RunAsync(Target(database), Token);

        Assert.StartsWith($"{database.Name}: recreated from {LabDatabases.Template}", outcome, StringComparison.Ordinal);
        await using var check = await database.OpenAsync(Token);
        Assert.Equal(100_000L, await check.ScalarAsync<long>("SELECT count(*) FROM articles", Token));
        Assert.Equal(8_000L, await check.ScalarAsync<long>("SELECT count(*) FROM posts", Token));
        Assert.Equal(49_998_916L, await check.ScalarAsync<long>("SELECT sum(login_count) FROM users_wide", Token));
    }

    [Fact]
    public void The_catalog_offers_each_contract_reset_by_name()
    {
        var names = ResetCatalog.Named(_ => { }).Select(p => $"{p.Name}={p.ContractName}");
        Assert.Equal(["users=R-users", "bulk=R-bulk", "products=R-products", "redis=R-redis", "stats=R-stats", "full=R-full"], names);
        Assert.Equal(["R-full", "R-redis"], ResetCatalog.All(_ => { }).Select(p => p.ContractName));
        Assert.Null(ResetCatalog.Find("nonsense", _ => { }));
    }

    private static ResetTarget Target(TestDatabase database) => new(LabEnvironment.Superuser, database.Name, LabEnvironment.Redis);
}
