using System.Globalization;
using System.Text;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Cli.Commands;

/// <summary>
/// The live table of <c>observe</c>: one plain line per frame, fixed-width columns in groups (process, .NET,
/// PostgreSQL, Redis) separated by <c>|</c>, the header repeated every <see cref="HeaderEvery"/> rows as vmstat
/// does. Only the groups being observed are shown. Plain text so that it can be piped, grepped and pasted.
/// </summary>
public sealed class ObserveTable(bool runtime, bool postgres, bool redis)
{
    public const int HeaderEvery = 20;

    private int _rows;

    public IEnumerable<string> Header()
    {
        var header = new StringBuilder("    t s |").Append(H("cpu %", 13)).Append(H("rss MB", 8)).Append(H("thr", 5)).Append(H("fds", 5));
        if (runtime)
        {
            header.Append(" |").Append(H(".NET heap MB", 13)).Append(H("gc0", 5)).Append(H("gc1", 5)).Append(H("gc2", 5)).Append(H("tp queue", 9));
        }
        if (postgres)
        {
            header.Append(" |").Append(H("pg stmt/s", 16)).Append(H("rows/s", 8)).Append(H("conn", 5)).Append(H("use", 4)).Append(H("max", 4)).Append(H("hit %", 7));
        }
        if (redis)
        {
            header.Append(" |").Append(H("redis ops/s", 13)).Append(H("hit/s", 7)).Append(H("miss/s", 7)).Append(H("hit %", 7)).Append(H("mem MB", 7)).Append(H("clients", 8));
        }
        yield return header.ToString();
    }

    /// <summary>The lines to print for a frame: the header first when it is due.</summary>
    public IEnumerable<string> Lines(TelemetryFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (_rows++ % HeaderEvery == 0)
        {
            foreach (var line in Header())
            {
                yield return line;
            }
        }
        yield return Row(frame);
    }

    public string Row(TelemetryFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var row = new StringBuilder(F(frame.Time.Seconds, 7, "0.0")).Append(" |");
        var p = frame.Process;
        row.Append(p is null ? new string(' ', 31) : $"{F(p.CpuPercent, 13, "0.0")}{F(p.RssBytes / 1_048_576.0, 8, "0.0")}{F(p.Threads, 5, "0")}{(p.OpenFileDescriptors is { } fds ? F(fds, 5, "0") : "    ?")}");
        if (runtime)
        {
            var r = frame.Runtime;
            row.Append(" |").Append(r is null ? new string(' ', 37)
                : $"{F(r.GcHeapBytes / 1_048_576.0, 13, "0.0")}{F(r.Gen0Collections, 5, "0")}{F(r.Gen1Collections, 5, "0")}{F(r.Gen2Collections, 5, "0")}{F(r.ThreadPoolQueueLength, 9, "0")}");
        }
        if (postgres)
        {
            var pg = frame.Postgres;
            row.Append(" |").Append(pg is null ? new string(' ', 44)
                : $"{F(pg.StatementsPerSecond, 16, "0")}{F(pg.RowsPerSecond, 8, "0")}{F(pg.Connections.Total, 5, "0")}{F(pg.Connections.InUse, 4, "0")}{F(pg.ConnectionsInUseMax, 4, "0")}{Ratio(pg.BufferHitRatio, 7)}");
        }
        if (redis)
        {
            var rd = frame.Redis;
            row.Append(" |").Append(rd is null ? new string(' ', 49)
                : $"{F(rd.OperationsPerSecond, 13, "0")}{F(rd.HitsPerSecond, 7, "0")}{F(rd.MissesPerSecond, 7, "0")}{Ratio(rd.HitRatio, 7)}{F(rd.UsedMemoryBytes / 1_048_576.0, 7, "0.0")}{F(rd.ConnectedClients, 8, "0")}");
        }
        return row.ToString();
    }

    private static string F(double value, int width, string format) => value.ToString(format, CultureInfo.InvariantCulture).PadLeft(width);

    private static string H(string title, int width) => title.PadLeft(width);

    private static string Ratio(double? ratio, int width) => ratio is { } value ? F(value * 100, width, "0.0") : "-".PadLeft(width);
}
