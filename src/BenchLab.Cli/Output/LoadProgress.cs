using System.Globalization;
using BenchLab.Load;
using BenchLab.Load.Engine;
using BenchLab.Load.Executors;
using Spectre.Console;

namespace BenchLab.Cli.Output;

/// <summary>
/// Live progress on stderr while a run goes (stdout stays for the summary or --json): a Spectre.Console live
/// line on a terminal, a plain line every 5 s when stderr is a file or pipe, nothing with --quiet.
/// </summary>
public sealed class LoadProgress(bool quiet, LoadTest test)
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private TimeSpan _lastPlain = TimeSpan.Zero;

    public async Task<T> RunAsync<T>(Func<Action<LiveStatus>?, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (quiet)
        {
            return await run(null);
        }
        Console.Error.WriteLine($"· {test.Executor.Type}: {test.Executor.Description()} → {test.Target}");
        if (Console.IsErrorRedirected)
        {
            return await run(PrintPlain);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Live(new Markup(Line(null))).AutoClear(false).StartAsync(async context =>
        {
            result = await run(status =>
            {
                context.UpdateTarget(new Markup(Line(status)));
                context.Refresh();
            });
        });
        return result;
    }

    private void PrintPlain(LiveStatus status)
    {
        if (status.Elapsed - _lastPlain >= PlainInterval)
        {
            _lastPlain = status.Elapsed;
            Console.Error.WriteLine("· " + Markup.Remove(Line(status)));
        }
    }

    private static string Line(LiveStatus? status)
    {
        if (status is null)
        {
            return "[grey]connecting…[/]";
        }
        var errors = status.Failed > 0 ? $"[red]{status.Failed:N0}[/]" : "0";
        var dropped = status.DroppedIterations > 0 ? $"  dropped [red]{status.DroppedIterations:N0}[/]" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"[bold]{Describe.Duration(status.Elapsed)}[/]/{Describe.Duration(status.Duration)}  VUs {status.ActiveVus}/{status.AllocatedVus}  " +
            $"RPS [bold]{status.Rps:N0}[/]  requests {status.Requests:N0}  errors {errors}  p95 [bold]{status.P95Ms:0.###} ms[/]{dropped}");
    }
}
