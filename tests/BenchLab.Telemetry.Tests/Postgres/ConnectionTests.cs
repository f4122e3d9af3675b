using BenchLab.Telemetry.Postgres;
using BenchLab.Testing;
using Npgsql;

namespace BenchLab.Telemetry.Tests.Postgres;

/// <summary>Connections in use from pg_stat_activity: pool pressure.</summary>
public sealed class ConnectionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backends_are_counted_by_state_for_the_server_role_only()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var statistics = new PostgresStatistics(database.Superuser);
        await using var idle1 = await ScriptedServer.OpenUnpooledAsync(database, Token);
        await using var idle2 = await ScriptedServer.OpenUnpooledAsync(database, Token);
        await using var holder = await ScriptedServer.OpenUnpooledAsync(database, Token);
        await using var transaction = await holder.BeginTransactionAsync(Token);
        await using (var select = new NpgsqlCommand("SELECT 1", holder, transaction))
        {
            await select.ExecuteScalarAsync(Token);
        }
        await using var lab = await database.OpenAsync(Token);

        var counts = await statistics.ConnectionsAsync(Token);

        Assert.Equal(new ConnectionCounts(Total: 3, Active: 0, Idle: 2, IdleInTransaction: 1, WaitingOnLock: 0), counts);
        Assert.Equal(1, counts.InUse);
    }

    [Fact]
    public async Task A_backend_waiting_for_a_lock_is_active_and_waiting()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var statistics = new PostgresStatistics(database.Superuser);
        await using var owner = await ScriptedServer.OpenUnpooledAsync(database, Token);
        await using var waiter = await ScriptedServer.OpenUnpooledAsync(database, Token);
        await ScriptedServer.QueryAsync(owner, "SELECT pg_advisory_lock(4242)", Token);
        var blocked = ScriptedServer.QueryAsync(waiter, "SELECT pg_advisory_lock(4242)", Token);

        ConnectionCounts counts;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            await Task.Delay(50, Token);
            counts = await statistics.ConnectionsAsync(Token);
        }
        while (counts.WaitingOnLock == 0 && DateTime.UtcNow < deadline);
        await ScriptedServer.QueryAsync(owner, "SELECT pg_advisory_unlock(4242)", Token);
        await blocked;

        Assert.Equal(1, counts.WaitingOnLock);
        Assert.Equal(1, counts.Active);
        Assert.Equal(1, counts.Idle);
    }
}
