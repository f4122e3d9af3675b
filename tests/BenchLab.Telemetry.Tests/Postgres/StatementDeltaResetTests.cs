using BenchLab.Telemetry.Postgres;

namespace BenchLab.Telemetry.Tests.Postgres;

/// <summary>
/// A reset of pg_stat_statements between two snapshots, in each form it takes, is noticed: the delta would
/// otherwise be short and look clean.
/// </summary>
public sealed class StatementDeltaResetTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counters_that_only_grew_are_not_a_reset()
    {
        var delta = StatementDelta.Between(Snapshot(Started, Lookup(10), Update(4)), Snapshot(Started, Lookup(13), Update(4)));

        Assert.False(delta.WasReset);
        Assert.Empty(delta.Problems);
        Assert.Equal(3, delta.DataStatements);
    }

    [Fact]
    public void A_reset_of_everything_moves_stats_reset()
    {
        var delta = StatementDelta.Between(Snapshot(Started, Lookup(10)), Snapshot(Started.AddSeconds(5), Lookup(2)));

        Assert.True(delta.WasReset);
        Assert.Contains(delta.Problems, p => p.Contains("was reset in between", StringComparison.Ordinal));
    }

    [Fact]
    public void A_counter_that_went_down_was_reset_for_its_role_or_database()
    {
        var delta = StatementDelta.Between(Snapshot(Started, Lookup(10)), Snapshot(Started, Lookup(2)));

        Assert.True(delta.WasReset);
        Assert.Contains(delta.Problems, p => p.Contains("was reset or evicted in between", StringComparison.Ordinal));
        Assert.Equal(2, delta.DataStatements);
    }

    [Fact]
    public void An_entry_that_vanished_without_an_eviction_was_reset_for_its_role_or_database()
    {
        var delta = StatementDelta.Between(Snapshot(Started, Lookup(10), Update(4)), Snapshot(Started, Lookup(12)));

        Assert.True(delta.WasReset);
        Assert.Contains(delta.Problems, p => p.Contains("1 statement(s) vanished", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entry_that_vanished_by_eviction_is_reported_as_an_eviction_not_a_reset()
    {
        var before = Snapshot(Started, Lookup(10), Update(4));
        var after = Snapshot(Started, Lookup(12)) with { Deallocations = 1 };

        var delta = StatementDelta.Between(before, after);

        Assert.False(delta.WasReset);
        Assert.Contains(delta.Problems, p => p.Contains("evicted entries 1 time(s)", StringComparison.Ordinal));
    }

    private static StatementSnapshot Snapshot(DateTimeOffset resetAt, params StatementCounters[] statements) =>
        new(statements, Deallocations: 0, resetAt);

    private static StatementCounters Lookup(long calls) =>
        new(1, "SELECT id, name FROM users WHERE id = $1", StatementKind.Data, calls, calls, calls * 0.01, calls * 3, 0);

    private static StatementCounters Update(long calls) =>
        new(2, "UPDATE products SET stock = stock - $1 WHERE id = $2", StatementKind.Data, calls, calls, calls * 0.02, calls * 4, 0);
}
