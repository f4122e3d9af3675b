using System.Globalization;
using BenchLab.Load.Metrics;
using BenchLab.Load.Results;

namespace BenchLab.Cli.Output;

/// <summary>The end-of-run summary in k6's layout: one metric per line with dotted leaders, then a table per
/// request series and group when there is more than one, the thresholds, and the run's validity.</summary>
public static class LoadSummaryPrinter
{
    public static void Print(LoadResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var seconds = Math.Max(result.Duration.TotalSeconds, 1e-9);
        void Line(string name, string value) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name.PadRight(26, '.')}: {value}"));

        output.WriteLine();
        Line("target", result.Target);
        Line("executor", $"{result.Executor}: {result.Description}");
        Line("model", result.OpenModel ? "open (latency from each request's intended start; service time beside it)" : "closed (latency = service time)");
        Line("duration", string.Create(CultureInfo.InvariantCulture, $"{result.Duration.TotalSeconds:0.###} s"));
        output.WriteLine();
        Line("http_req_duration", Format(result.Latency));
        if (result.OpenModel)
        {
            Line("http_req_service_time", Format(result.ServiceTime));
        }
        Line("http_req_failed", string.Create(CultureInfo.InvariantCulture, $"{Percent(result.FailedRequests, result.Requests)}  {result.FailedRequests:N0} out of {result.Requests:N0}"));
        Line("http_reqs", string.Create(CultureInfo.InvariantCulture, $"{result.Requests:N0}  {result.Requests / seconds:N1}/s"));
        // Every started request has an outcome; the unfinished ones stand beside the latencies (closed model) or
        // in them as lower bounds (open model).
        Line("http_reqs_outcomes", $"{result.StartedRequests:N0} started: {result.CompletedRequests:N0} completed, {result.TimedOutRequests:N0} timed out, {result.InterruptedRequests:N0} interrupted" +
            (result.InterruptedRequests > 0 ? $" (waiting {result.InterruptedWaiting.Min / 1000:0.0}–{result.InterruptedWaiting.Max / 1000:0.0} s when the run ended{(result.OpenModel ? "; in the latencies as lower bounds" : "; not in the latencies")})" : ""));
        // InvariantGlobalization is on: plain interpolation formats invariantly.
        Line("iterations", $"{result.Iterations:N0}  {result.Iterations / seconds:N1}/s" +
            (result.InterruptedIterations > 0 ? $"  ({result.InterruptedIterations:N0} interrupted)" : "") +
            (result.FailedIterations > 0 ? $"  ({result.FailedIterations:N0} threw)" : ""));
        if (result.OpenModel || result.DroppedIterations > 0)
        {
            Line("dropped_iterations", string.Create(CultureInfo.InvariantCulture, $"{result.DroppedIterations:N0}"));
        }
        if (result.Checks.Count > 0)
        {
            Line("checks", string.Create(CultureInfo.InvariantCulture, $"{Percent(result.ChecksPassed, result.ChecksPassed + result.ChecksFailed)}  ✓ {result.ChecksPassed:N0}  ✗ {result.ChecksFailed:N0}"));
        }
        Line("data_received", $"{Bytes(result.BytesReceived)}  {Bytes((long)(result.BytesReceived / seconds))}/s");
        Line("data_sent", $"{Bytes(result.BytesSent)}  {Bytes((long)(result.BytesSent / seconds))}/s");
        Line("status codes", result.StatusCodes.Count == 0 ? "none" : string.Join("  ", result.StatusCodes.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} × {p.Value:N0}"))));
        var errors = result.Series.SelectMany(s => s.Errors).GroupBy(e => e.Key).Select(g => $"{g.Key} × {g.Sum(e => e.Value):N0}").ToList();
        if (errors.Count > 0)
        {
            Line("request errors", string.Join("  ", errors));
        }
        var g = result.Generator;
        Line("generator",
            $"CPU {g.CpuSeconds:0.00} s ({g.CpuSecondsPer100kRequests:0.000} s per 100k requests), loops busy {string.Join("/", g.LoopBusyFractions.Select(b => $"{b * 100:0}%"))}, peak RSS {Bytes(g.PeakRssBytes)}" +
            (result.OpenModel ? $", start lag p99 {g.SchedulingLag.P99:0.###} ms" : ""));
        PrintBreakdown(result, output);
        PrintChecks(result, output);
        if (result.Thresholds.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("  thresholds");
            foreach (var t in result.Thresholds)
            {
                output.WriteLine($"    {t}");
            }
        }
        foreach (var e in result.IterationErrors)
        {
            output.WriteLine($"  iteration error: {e}");
        }
        if (result.TeardownError is not null)
        {
            output.WriteLine($"  teardown failed: {result.TeardownError}");
        }
        output.WriteLine();
        if (result.Partial)
        {
            output.WriteLine($"  PARTIAL: {result.StopReason}; the figures cover the run until then");
        }
        output.WriteLine(result.Validity.IsValid ? "  run: valid" : "  run: INVALID — " + string.Join("; ", result.Validity.Reasons));
    }

    private static void PrintBreakdown(LoadResult result, TextWriter output)
    {
        if (result.Series.Count <= 1 && result.Groups.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine("  group / request (status)                                 count     avg     med     p90     p95     p99     max  (ms)");
        foreach (var s in result.Series)
        {
            output.WriteLine(Row($"{s.Key} ({s.StatusClassName})", Trend.Of(s.Latency)));
        }
        foreach (var group in result.Groups)
        {
            output.WriteLine(Row($"group_duration {group.Group}", Trend.Of(group.Duration)));
        }
    }

    private static void PrintChecks(LoadResult result, TextWriter output)
    {
        if (result.Checks.Count == 0)
        {
            return;
        }
        output.WriteLine();
        foreach (var c in result.Checks)
        {
            var mark = c.Fails == 0 ? "✓" : "✗";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {mark} {(c.Group.Length > 0 ? c.Group + " " : "")}{c.Name}: {c.Rate * 100:0.##}% ({c.Passes:N0} / {c.Passes + c.Fails:N0})"));
        }
    }

    private static string Row(string label, Trend t) => string.Create(CultureInfo.InvariantCulture,
        $"  {(label.Length > 54 ? label[..53] + "…" : label),-54} {t.Count,8:N0} {t.Avg,7:0.##} {t.Med,7:0.##} {t.P90,7:0.##} {t.P95,7:0.##} {t.P99,7:0.##} {t.Max,7:0.##}");

    public static string Format(Trend t) => string.Create(CultureInfo.InvariantCulture,
        $"avg={Ms(t.Avg)} min={Ms(t.Min)} med={Ms(t.Med)} max={Ms(t.Max)} p(90)={Ms(t.P90)} p(95)={Ms(t.P95)} p(99)={Ms(t.P99)}");

    private static string Ms(double ms) => ms >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.##}s")
        : string.Create(CultureInfo.InvariantCulture, $"{ms:0.###}ms");

    private static string Percent(long part, long whole) => string.Create(CultureInfo.InvariantCulture, $"{(whole == 0 ? 0 : part * 100.0 / whole):0.00}%");

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.0} MiB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        _ => $"{bytes} B",
    };
}
