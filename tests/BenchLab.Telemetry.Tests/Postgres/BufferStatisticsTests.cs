using BenchLab.Telemetry.Postgres;
using BenchLab.Testing;

namespace BenchLab.Telemetry.Tests.Postgres;

/// <summary>contract §4 (23): buffer hits and reads from pg_stat_database and pg_statio_user_tables, taken once PostgreSQL has published them.</summary>
public sealed class BufferStatisticsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hits_and_reads_match_a_scripted_sequence_once_the_backend_has_exited()
    {
        // A fresh clone is a file copy: none of its pages are in shared buffers yet, so the first scan reads.
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var statistics = new PostgresStatistics(database.Superuser);
        var before = await statistics.SnapshotAsync(Token);

        await using (var server = await ScriptedServer.OpenUnpooledAsync(database, Token))
        {
            // products is ten rows on one heap page: each sequential scan touches exactly that page.
            for (var i = 0; i < 10; i++)
            {
                await ScriptedServer.QueryAsync(server, "SELECT sum(stock) FROM products", Token);
            }
        }
        var after = await statistics.SnapshotAfterFlushAsync(TimeSpan.FromSeconds(30), Token);
        var delta = PostgresDelta.Between(before, after);

        Assert.NotNull(after.Flush);
        Assert.True(after.Flush.Flushed, after.Flush.Outcome);
        Assert.Empty(delta.Problems);
        var products = delta.Tables.Single(t => t.Table == "products");
        Assert.Equal(1, products.HeapBlocksRead);
        Assert.Equal(9, products.HeapBlocksHit);
        // The planner reads the primary key's metapage once per backend (the btree height, then cached).
        Assert.InRange(products.IndexBlocksHit + products.IndexBlocksRead, 0, 1);
        Assert.Equal(products.BlocksHit / (double)(products.BlocksHit + products.BlocksRead), products.HitRatio!.Value, 12);
        Assert.DoesNotContain(delta.Tables, t => t.Table == "users");
        // The whole database also counts the new backend's catalog reads: at least the scripted ones.
        Assert.True(delta.Database.BlocksHit >= 9, $"{delta.Database.BlocksHit} hits");
        Assert.True(delta.Database.BlocksRead >= 1, $"{delta.Database.BlocksRead} reads");
        Assert.Equal(delta.Database.BlocksHit / (double)(delta.Database.BlocksHit + delta.Database.BlocksRead), delta.BufferHitRatio!.Value, 12);
        Assert.Equal(10, delta.Statements.DataStatements);
        Assert.Equal(10, delta.Statements.DataRows);
    }

    [Fact]
    public async Task The_lab_s_own_snapshots_add_nothing_to_the_database_counters()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var statistics = new PostgresStatistics(database.Superuser);
        var first = await statistics.SnapshotAsync(Token);
        var second = await statistics.SnapshotAsync(Token);

        // Nothing but the lab ran: its reads inside the database fall between each snapshot's two readings.
        var delta = PostgresDelta.Between(first, second);
        Assert.Equal(0, delta.Database.BlocksHit + delta.Database.BlocksRead);
        Assert.Empty(delta.Tables);
        Assert.Equal(0, delta.Statements.DataStatements);
        Assert.Null(delta.BufferHitRatio);
        Assert.True(second.Time.Ticks > first.Time.Ticks);
        Assert.True(second.DatabaseAtEnd.BlocksHit >= second.DatabaseAtStart.BlocksHit);
    }

    [Fact]
    public async Task A_connection_still_open_is_reported_as_not_flushed_then_flushed_after_11_s_idle()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        await using var statistics = new PostgresStatistics(database.Superuser);
        var before = await statistics.SnapshotAsync(Token);
        await using var server = await ScriptedServer.OpenUnpooledAsync(database, Token);
        for (var i = 0; i < 5; i++)
        {
            await ScriptedServer.QueryAsync(server, "SELECT sum(stock) FROM products", Token);
        }

        var early = await statistics.SnapshotAfterFlushAsync(TimeSpan.FromMilliseconds(500), Token);
        Assert.False(early.Flush!.Flushed);
        Assert.NotEmpty(PostgresDelta.Between(before, early).Problems);

        // The connection stays open and idle: PostgreSQL publishes its counts within 10 s.
        var late = await statistics.SnapshotAfterFlushAsync(TimeSpan.FromSeconds(30), Token);
        Assert.True(late.Flush!.Flushed, late.Flush.Outcome);
        Assert.Contains("idle", late.Flush.Outcome, StringComparison.Ordinal);
        Assert.Equal(1, late.Flush.Backends);
        var products = PostgresDelta.Between(before, late).Tables.Single(t => t.Table == "products");
        Assert.Equal(5, products.HeapBlocksHit + products.HeapBlocksRead);
    }
}
