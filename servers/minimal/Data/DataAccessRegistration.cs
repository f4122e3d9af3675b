using MinimalServer.Configuration;
using MinimalServer.Features.Auth;
using MinimalServer.Features.Cache;
using MinimalServer.Features.Transactions;
using MinimalServer.Features.Users;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StackExchange.Redis;

namespace MinimalServer.Data;

/// <summary>
/// One PostgreSQL pool and one Redis multiplexer per process (contract §1.4), shared by raw SQL and EF Core.
/// </summary>
public static class DataAccessRegistration
{
    public static IServiceCollection AddDataAccess(this IServiceCollection services, ServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var connection = ConnectionStrings.FromPostgresUri(settings.DatabaseUrl);
        connection.MaxPoolSize = settings.DbPoolMax;
        // Returned connections are not reset: no DISCARD ALL per request (contract §1.4 allows this; recorded).
        connection.NoResetOnClose = true;
        // Statements used repeatedly are prepared once per physical connection, as a tuned server would.
        connection.MaxAutoPrepare = 64;
        connection.AutoPrepareMinUsages = 2;
        connection.ApplicationName = settings.ServerName;
        // Multiplexing (DB_MULTIPLEXING, on by default): concurrent requests' statements share physical connections
        // and go out in one write, their results come back in one read. Measured on the single-row lookup
        // (docs/minimal-server.md#performance): fewer syscalls and context switches on both sides, PostgreSQL's
        // CPU per lookup drops from ≈ 45 to ≈ 27 µs. DB_POOL_MAX still caps the physical connections; a request
        // waits for a free slot in the write queue instead of for a pooled connection.
        connection.Multiplexing = settings.DbMultiplexing;
        var dataSource = new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
        services.AddSingleton(dataSource);
        services.AddDbContextPool<BenchDbContext>(options => options.UseNpgsql(dataSource));

        var redis = ConfigurationOptions.Parse(ConnectionStrings.FromRedisUri(settings.RedisUrl));
        redis.AbortOnConnectFail = false;
        redis.AllowAdmin = true; // FLUSHDB for DELETE /cache/flush
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));

        services.AddSingleton<UserStore>();
        services.AddSingleton<CacheUserStore>();
        services.AddSingleton<AuthUserStore>();
        services.AddSingleton<StockDecrements>();
        return services;
    }
}
