using System.Diagnostics;
using BenchLab.Infra.Database;
using BenchLab.Infra.Postgres;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Postgres.Queries;
using Npgsql;

namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// Snapshots of what PostgreSQL counts for one database and the server role (contract §1.4, §2.6 R-stats,
/// §4 scenarios 15/22/23): what verify and the runner call before and after a phase, then
/// <see cref="PostgresDelta.Between"/>.
/// <para>
/// The lab keeps its own reads out of the figures: it logs in as the superuser (filtered out of
/// pg_stat_statements by role), reads the cluster-wide views from the <c>postgres</c> database, and brackets the
/// reads it must make inside the measured database (pg_statio_user_tables, pg_stat_statements) between two
/// readings of pg_stat_database, forcing its own statistics out in between (<c>pg_stat_force_next_flush()</c>).
/// </para>
/// </summary>
public sealed class PostgresStatistics : IAsyncDisposable
{
    private readonly PostgresEndpoint _labLogin;
    private readonly RunClock _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _inDatabase;
    private NpgsqlConnection? _monitor;
    private (uint Role, uint Database)? _oids;

    /// <param name="labLogin">A superuser login whose <see cref="PostgresEndpoint.Database"/> is the measured database.</param>
    /// <param name="role">The role the server under test connects as.</param>
    /// <param name="clock">The run's clock; a new one when not given.</param>
    public PostgresStatistics(PostgresEndpoint labLogin, string role = LabDatabases.Role, RunClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(labLogin);
        _labLogin = labLogin;
        _clock = clock ?? RunClock.StartNew();
        Role = role;
    }

    public string Database => _labLogin.Database;

    public string Role { get; }

    /// <summary>pg_stat_database, pg_statio_user_tables and the role's pg_stat_statements, now (no waiting).</summary>
    public Task<PostgresSnapshot> SnapshotAsync(CancellationToken cancellationToken = default) => SnapshotCoreAsync(null, cancellationToken);

    /// <summary>
    /// Waits (up to <paramref name="timeout"/>) until the role's backends have published their statistics — they
    /// have exited (stop the server first when you can) or been idle for 11 s — then takes a snapshot. What the
    /// wait saw is in <see cref="PostgresSnapshot.Flush"/>, and a delta to it warns when it timed out.
    /// </summary>
    public async Task<PostgresSnapshot> SnapshotAfterFlushAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var flush = await WaitForFlushAsync(timeout, cancellationToken);
        return await SnapshotCoreAsync(flush, cancellationToken);
    }

    /// <summary>Only the role's pg_stat_statements (no waiting is ever needed: it is updated as each statement ends).</summary>
    public async Task<StatementSnapshot> StatementsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var inDatabase = await InDatabaseAsync(cancellationToken);
            var (role, database) = await OidsAsync(inDatabase, cancellationToken);
            return await StatementsQuery.ReadAsync(inDatabase, role, database, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The role's backends in the database by state, now.</summary>
    public async Task<ConnectionCounts> ConnectionsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ActivityQuery.ReadAsync(await MonitorAsync(cancellationToken), Role, Database, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Waits until the role's backends have exited or idled for <see cref="StatisticsFlush.IdleSeconds"/>, or the timeout passes.</summary>
    public async Task<StatisticsFlush> WaitForFlushAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            int backends, notFlushed;
            await _gate.WaitAsync(cancellationToken);
            try
            {
                (backends, notFlushed) = await ActivityQuery.FlushStateAsync(await MonitorAsync(cancellationToken), Role, Database, StatisticsFlush.IdleSeconds, cancellationToken);
            }
            finally
            {
                _gate.Release();
            }
            var waited = clock.Elapsed.TotalSeconds;
            if (backends == 0)
            {
                return new StatisticsFlush(true, $"no {Role} backend left in {Database}", waited, 0);
            }
            if (notFlushed == 0)
            {
                return new StatisticsFlush(true, $"{backends} {Role} backend(s) idle for ≥ {StatisticsFlush.IdleSeconds:0} s", waited, backends);
            }
            if (clock.Elapsed >= timeout)
            {
                return new StatisticsFlush(false, $"{notFlushed} of {backends} {Role} backend(s) still active, in a transaction or idle < {StatisticsFlush.IdleSeconds:0} s after {waited:0.0} s", waited, backends);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_inDatabase is not null)
        {
            await _inDatabase.DisposeAsync();
        }
        if (_monitor is not null)
        {
            await _monitor.DisposeAsync();
        }
        _gate.Dispose();
    }

    private async Task<PostgresSnapshot> SnapshotCoreAsync(StatisticsFlush? flush, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var monitor = await MonitorAsync(cancellationToken);
            var inDatabase = await InDatabaseAsync(cancellationToken);
            var (role, database) = await OidsAsync(inDatabase, cancellationToken);
            var time = _clock.Now();
            var atStart = await DatabaseStatsQuery.ReadAsync(monitor, Database, cancellationToken);
            var statements = await StatementsQuery.ReadAsync(inDatabase, role, database, cancellationToken);
            var tables = await TableIoQuery.ReadAsync(inDatabase, cancellationToken);
            // Publish the lab's own block accesses in this database now, so that they fall before atEnd.
            await using (var flushOwn = new NpgsqlCommand("SELECT pg_stat_force_next_flush()", inDatabase))
            {
                await flushOwn.ExecuteNonQueryAsync(cancellationToken);
            }
            var atEnd = await DatabaseStatsQuery.ReadAsync(monitor, Database, cancellationToken);
            return new PostgresSnapshot(time, Database, Role, atStart, atEnd, tables, statements, flush);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(uint Role, uint Database)> OidsAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        _oids ??= await StatementsQuery.ResolveOidsAsync(connection, Role, Database, cancellationToken);

    private async Task<NpgsqlConnection> InDatabaseAsync(CancellationToken cancellationToken) =>
        _inDatabase ??= await LabConnection.OpenAsync(_labLogin, cancellationToken);

    private async Task<NpgsqlConnection> MonitorAsync(CancellationToken cancellationToken) =>
        _monitor ??= await LabConnection.OpenAsync(_labLogin.WithDatabase("postgres"), cancellationToken);
}
