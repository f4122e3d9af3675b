namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// The server role's backends in the measured database at one instant (pg_stat_activity). "In use" is what a
/// connection pool has lent out: running a statement, or holding a transaction open between statements.
/// </summary>
public sealed record ConnectionCounts(int Total, int Active, int Idle, int IdleInTransaction, int WaitingOnLock)
{
    public int InUse => Active + IdleInTransaction;

    public static ConnectionCounts None { get; } = new(0, 0, 0, 0, 0);
}
