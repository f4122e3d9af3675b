using BenchLab.Infra.Postgres;
using BenchLab.Telemetry.Postgres.Queries;
using Npgsql;

namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// Polls pg_stat_activity several times a second on a connection of its own, because one reading per second
/// would miss most of a pool's bursts: the sampler reports the maximum and mean in-use count of each interval.
/// </summary>
public sealed class ConnectionProbe : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private ConnectionCounts _last = ConnectionCounts.None;
    private int _maxInUse;
    private long _sumInUse;
    private int _probes;
    private Exception? _failure;

    public static TimeSpan DefaultInterval { get; } = TimeSpan.FromMilliseconds(100);

    public async Task StartAsync(PostgresEndpoint labLogin, string role, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labLogin);
        var connection = await LabConnection.OpenAsync(labLogin.WithDatabase("postgres"), cancellationToken);
        Record(await ActivityQuery.ReadAsync(connection, role, labLogin.Database, cancellationToken));
        _loop = Task.Run(() => LoopAsync(connection, role, labLogin.Database, interval, _stop.Token), CancellationToken.None);
    }

    /// <summary>The last counts, the maximum and mean in-use count since the previous call.</summary>
    public (ConnectionCounts Last, int MaxInUse, double MeanInUse) Take()
    {
        lock (_lock)
        {
            if (_failure is not null)
            {
                throw new InvalidOperationException($"reading pg_stat_activity failed: {_failure.Message}", _failure);
            }
            var result = (_last, Math.Max(_maxInUse, _last.InUse), _probes == 0 ? _last.InUse : _sumInUse / (double)_probes);
            _maxInUse = _last.InUse;
            _sumInUse = 0;
            _probes = 0;
            return result;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }
        _stop.Dispose();
    }

    private async Task LoopAsync(NpgsqlConnection connection, string role, string database, TimeSpan interval, CancellationToken stop)
    {
        await using var _ = connection;
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                Record(await ActivityQuery.ReadAsync(connection, role, database, stop));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            lock (_lock)
            {
                _failure = e;
            }
        }
    }

    private void Record(ConnectionCounts counts)
    {
        lock (_lock)
        {
            _last = counts;
            _maxInUse = Math.Max(_maxInUse, counts.InUse);
            _sumInUse += counts.InUse;
            _probes++;
        }
    }
}
