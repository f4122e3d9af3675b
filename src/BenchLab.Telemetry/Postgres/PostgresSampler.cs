using BenchLab.Infra.Database;
using BenchLab.Infra.Postgres;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Postgres.Queries;
using BenchLab.Telemetry.Sampling;
using Npgsql;

namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// Samples the measured database every interval: the server role's statements and rows per second
/// (pg_stat_statements without texts; a statement shape is classified once, when first seen), its connections
/// by state (<see cref="ConnectionProbe"/>) and the database's buffer hits/reads and transactions per second.
/// </summary>
public sealed class PostgresSampler(PostgresEndpoint labLogin, string role = LabDatabases.Role, TimeSpan? probeInterval = null) : ISampler<PostgresSample>
{
    private readonly Dictionary<long, StatementKind> _kinds = [];
    private readonly ConnectionProbe _probe = new();
    private NpgsqlConnection? _inDatabase;
    private NpgsqlConnection? _monitor;
    private (uint Role, uint Database) _oids;
    private Dictionary<long, (long Calls, long Rows)> _previousStatements = [];
    private DatabaseCounters? _previousDatabase;
    private SampleTime _previousAt;

    public async Task StartAsync(SampleTime at, CancellationToken cancellationToken = default)
    {
        _inDatabase = await LabConnection.OpenAsync(labLogin, cancellationToken);
        _monitor = await LabConnection.OpenAsync(labLogin.WithDatabase("postgres"), cancellationToken);
        _oids = await StatementsQuery.ResolveOidsAsync(_inDatabase, role, labLogin.Database, cancellationToken);
        await _probe.StartAsync(labLogin, role, probeInterval ?? ConnectionProbe.DefaultInterval, cancellationToken);
        _previousStatements = (await StatementsQuery.ReadCountsAsync(_inDatabase, _oids.Role, _oids.Database, cancellationToken)).ToDictionary(c => c.QueryId, c => (c.Calls, c.Rows));
        _previousDatabase = await DatabaseStatsQuery.ReadAsync(_monitor, labLogin.Database, cancellationToken);
        _previousAt = at;
    }

    public async Task<PostgresSample> SampleAsync(SampleTime at, CancellationToken cancellationToken = default)
    {
        if (_inDatabase is null || _monitor is null || _previousDatabase is null)
        {
            throw new InvalidOperationException("StartAsync first");
        }
        var counts = await StatementsQuery.ReadCountsAsync(_inDatabase, _oids.Role, _oids.Database, cancellationToken);
        await ClassifyNewAsync(counts, cancellationToken);
        long data = 0, rows = 0, excluded = 0;
        foreach (var (queryId, calls, queryRows) in counts)
        {
            var before = _previousStatements.GetValueOrDefault(queryId);
            // A smaller count means the entry was reset in between: count from zero.
            var (deltaCalls, deltaRows) = calls >= before.Calls ? (calls - before.Calls, queryRows - before.Rows) : (calls, queryRows);
            if (StatementClassifier.IsCounted(_kinds[queryId]))
            {
                data += deltaCalls;
                rows += deltaRows;
            }
            else
            {
                excluded += deltaCalls;
            }
        }
        _previousStatements = counts.ToDictionary(c => c.QueryId, c => (c.Calls, c.Rows));
        var database = await DatabaseStatsQuery.ReadAsync(_monitor, labLogin.Database, cancellationToken);
        var change = database.Minus(_previousDatabase);
        _previousDatabase = database;
        var (last, maxInUse, meanInUse) = _probe.Take();
        var seconds = Math.Max(_previousAt.SecondsUntil(at), 1e-3);
        _previousAt = at;
        return new PostgresSample(
            at,
            data / seconds,
            rows / seconds,
            excluded / seconds,
            last,
            maxInUse,
            meanInUse,
            change.BlocksHit / seconds,
            change.BlocksRead / seconds,
            change.BufferHitRatio,
            change.Commits / seconds,
            change.Rollbacks / seconds);
    }

    public async ValueTask DisposeAsync()
    {
        await _probe.DisposeAsync();
        if (_inDatabase is not null)
        {
            await _inDatabase.DisposeAsync();
        }
        if (_monitor is not null)
        {
            await _monitor.DisposeAsync();
        }
    }

    /// <summary>Reads the texts once for query ids not seen before (the full read is the costly one).</summary>
    private async Task ClassifyNewAsync(IReadOnlyList<(long QueryId, long Calls, long Rows)> counts, CancellationToken cancellationToken)
    {
        if (counts.All(c => _kinds.ContainsKey(c.QueryId)))
        {
            return;
        }
        var snapshot = await StatementsQuery.ReadAsync(_inDatabase!, _oids.Role, _oids.Database, cancellationToken);
        foreach (var statement in snapshot.Statements)
        {
            _kinds[statement.QueryId] = statement.Kind;
        }
        foreach (var (queryId, _, _) in counts)
        {
            // Evicted between the two reads: unknown text, counted as data rather than silently dropped.
            _kinds.TryAdd(queryId, StatementKind.Data);
        }
    }
}
