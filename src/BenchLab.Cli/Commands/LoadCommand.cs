using System.ComponentModel;
using BenchLab.Cli.Output;
using BenchLab.Infra;
using BenchLab.Load;
using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Load.Scripting;
using Spectre.Console.Cli;

namespace BenchLab.Cli.Commands;

[Description("Load one URL, as with wrk or hey: -c connections for -d seconds (closed model), or --rate requests/s (open model, latency corrected for coordinated omission). Prints a k6-style summary; exit code 1 when a threshold failed or the generator limited the run.")]
public sealed class LoadCommand : AsyncCommand<LoadSettings>
{
    /// <summary>Exit code of a run stopped by Ctrl-C (its partial result is still printed); CliApp turns it into 143 or 129 for SIGTERM or SIGHUP.</summary>
    public const int Interrupted = BenchLab.Runner.SuiteOutcome.Interrupted;

    public override async Task<int> ExecuteAsync(CommandContext context, LoadSettings settings, CancellationToken cancellationToken)
    {
        var test = BuildTest(settings);
        var problems = test.Validate();
        if (problems.Count > 0)
        {
            throw new UsageException(string.Join("; ", problems));
        }
        LoadResult result;
        try
        {
            var progress = new LoadProgress(settings.Quiet, test);
            result = await progress.RunAsync(status => LoadEngine.RunAsync(test, status, cancellationToken));
        }
        catch (LoadTestException e) when (e.IsUsageError)
        {
            throw new UsageException(e.Message);
        }
        catch (LoadTestException e)
        {
            LabConsole.Failure(e.Message);
            return CliApp.Failed;
        }
        if (settings.Out is { } path)
        {
            await File.WriteAllTextAsync(path, LoadResultJson.Full(result), CancellationToken.None);
        }
        if (settings.Json)
        {
            Console.Out.WriteLine(LoadResultJson.Summary(result));
        }
        else
        {
            LoadSummaryPrinter.Print(result, Console.Out);
        }
        return cancellationToken.IsCancellationRequested ? Interrupted : result.ExitCode;
    }

    private static LoadTest BuildTest(LoadSettings settings)
    {
        LoadTarget target;
        try
        {
            target = LoadTarget.Parse(settings.Url);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        RequestBody? body = settings.Body is { } text ? RequestBody.Text(text, settings.ContentType)
            : settings.BodyFile is { } file ? RequestBody.Bytes(File.ReadAllBytes(file), settings.ContentType)
            : null;
        HttpRequest request;
        try
        {
            request = new HttpRequest(settings.Method, target.DefaultPath)
            {
                Headers = [.. settings.Headers.Select(h => h.Split(':', 2)).Select(p => new KeyValuePair<string, string>(p[0].Trim(), p[1].Trim()))],
                Body = body,
                Name = settings.Name ?? $"{settings.Method.ToUpperInvariant()} {target.DefaultPath.Split('?')[0]}",
                KeepBody = false,
            };
            _ = request.WireBytes(target);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        return new LoadTest
        {
            Target = target,
            Executor = BuildExecutor(settings),
            Iteration = Iterations.OneRequest(request),
            Thresholds = settings.ParsedThresholds,
            RequestTimeout = settings.ParsedTimeout,
            RunSeed = settings.Seed,
            EventLoops = settings.Loops,
            BusyPoll = settings.ParsedBusyPoll,
            AllowRemote = settings.AllowRemote,
        };
    }

    private static ExecutorConfig BuildExecutor(LoadSettings settings)
    {
        var stages = settings.ParsedStages;
        var graceful = settings.ParsedGracefulStop;
        if (settings.Rate is { } rate)
        {
            return stages.Count == 0
                ? new ConstantArrivalRate(rate, settings.ParsedDuration, settings.Connections, settings.MaxConnections) { MaxBacklog = settings.MaxBacklog, GracefulStop = graceful }
                : new RampingArrivalRate(rate, stages, settings.Connections, settings.MaxConnections) { MaxBacklog = settings.MaxBacklog, GracefulStop = graceful };
        }
        return stages.Count == 0
            ? new ConstantVus(settings.Connections, settings.ParsedDuration) { GracefulStop = graceful }
            : new RampingVus(settings.Connections, stages) { GracefulStop = graceful };
    }
}
