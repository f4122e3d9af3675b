using System.Globalization;
using BenchLab.Load;
using BenchLab.Reports;
using BenchLab.Results;
using BenchLab.Results.Export;
using BenchLab.Results.Model;
using BenchLab.Runner.Execution;
using BenchLab.Runner.Lab;
using BenchLab.Scenarios.Model;
using BenchLab.Servers.Lifecycle;

namespace BenchLab.Runner;

/// <summary>
/// `./benchlab run`: for each scenario unit, repetition and server variant — interleaved A B A B so that drift of
/// the machine does not favour one — start the server, verify it, run the repetition, stop it. Results are written
/// after every repetition (marked partial until the run ends), so an interrupted run keeps what it measured.
/// </summary>
public sealed class SuiteRunner(LabSession lab, RunOptions options, LoadObserver observer, Action<string> log, LiveRunMetrics? metrics = null)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _versions = new(StringComparer.Ordinal);

    public async Task<SuiteOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var runId = "r" + started.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var folders = options.Servers.ToDictionary(s => s.Label, s => Path.Combine(options.ResultsRoot, s.Label, started.ToString("yyyy-MM-dd'T'HHmmss", CultureInfo.InvariantCulture)));
        var builders = options.Servers.ToDictionary(s => s.Label, _ => new List<ScenarioResultBuilder>());
        var verification = new ServerVerification(lab, log);
        var starter = new ServerStarter(lab);
        var repetitions = new RepetitionRunner(lab, options, observer, log, metrics);
        string? partialReason = null;
        var interrupted = false;
        var failedVerification = false;

        foreach (var manifest in options.Servers.Select(s => s.Manifest).DistinctBy(m => m.Name))
        {
            if (options.NoBuild)
            {
                await RequirementCheck.EnsureAsync(manifest, log, cancellationToken);
            }
            else
            {
                var buildFolder = new ServerRunFolder(Path.Combine(folders[options.Servers.First(s => s.Manifest.Name == manifest.Name).Label], "build"));
                log($"preparing {manifest.Name} (requirements, setup, build)");
                await ServerBuilder.PrepareAsync(manifest, lab.Layout.StateDirectory, buildFolder, log, cancellationToken);
            }
            // Read once per server, before any start: results carry the versions the server really ran on.
            _versions[manifest.Name] = await ServerVersions.ReadAsync(manifest, cancellationToken);
        }

        // Every planned scenario has its place in the results from the start: one the run never reached says so.
        var units = ScenarioUnit.Group(options.Scenarios);
        var planned = units.ToDictionary(u => u, u => options.Servers.ToDictionary(
            s => s.Label,
            s => u.Scenarios.Select(scenario => new ScenarioResultBuilder(scenario, Timing(scenario), scenario.Executor(Timing(scenario)).Description())).ToList()));
        foreach (var server in options.Servers)
        {
            builders[server.Label].AddRange(units.SelectMany(u => planned[u][server.Label]));
        }

        try
        {
            foreach (var unit in units)
            {
                var timings = unit.Scenarios.Select(Timing).ToList();
                var unitBuilders = planned[unit];
                if (!unit.First.Supports(options.Mode))
                {
                    var reason = $"{unit.First.Name} has no {options.ModeName} form; run it with --smoke or --full";
                    log(reason);
                    foreach (var builder in unitBuilders.Values.SelectMany(b => b))
                    {
                        builder.NotMeasuredReason = reason;
                    }
                    continue;
                }
                var count = options.Repeat ?? timings[0].Repetitions;
                for (var repetition = 1; repetition <= count; repetition++)
                {
                    foreach (var server in options.Servers)
                    {
                        var serverBuilders = unitBuilders[server.Label];
                        if (!server.Manifest.Scenarios.Contains(unit.First.Id))
                        {
                            serverBuilders.ForEach(b => b.NotMeasuredReason = $"{server.Label} does not implement {unit.First.Id} (its manifest)");
                            continue;
                        }
                        if (serverBuilders.Any(b => b.NotMeasuredReason is not null))
                        {
                            continue;
                        }
                        var failure = await RunUnitAsync(unit, timings, server, serverBuilders, repetition, runId, Path.Combine(folders[server.Label], "servers"), starter, verification, repetitions, cancellationToken);
                        if (failure is not null)
                        {
                            failedVerification = true;
                            serverBuilders.ForEach(b => b.NotMeasuredReason = failure);
                        }
                        await WriteAsync(server, folders[server.Label], builders[server.Label], started, "the run has not finished yet", cancellationToken);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            partialReason = LoadEngine.InterruptedReason;
            interrupted = true;
        }
        catch (Exception e) when (LabFailures.StopsTheRun(e))
        {
            partialReason = $"stopped by a failure: {e.Message}";
            log(partialReason);
        }

        if (partialReason is not null)
        {
            foreach (var builder in builders.Values.SelectMany(b => b).Where(b => b.IsEmpty && b.NotMeasuredReason is null))
            {
                builder.NotMeasuredReason = $"not reached: the run stopped early ({partialReason})";
            }
        }
        var results = new List<(RunResult, string)>();
        foreach (var server in options.Servers)
        {
            var result = await WriteAsync(server, folders[server.Label], builders[server.Label], started, partialReason, CancellationToken.None);
            await WriteReportAsync(result, folders[server.Label]);
            results.Add((result, folders[server.Label]));
        }
        var allPassed = results.SelectMany(r => r.Item1.Scenarios).SelectMany(s => s.Repetitions).All(rep => rep.ExitCode == 0);
        return new SuiteOutcome(results, interrupted ? SuiteOutcome.Interrupted : partialReason is null && !failedVerification && allPassed ? 0 : 1);
    }

    /// <summary>Runs one repetition of a unit on one server variant; returns why it could not be measured, or null.</summary>
    private async Task<string?> RunUnitAsync(
        ScenarioUnit unit, List<ScenarioTiming> timings, ServerVariant server, List<ScenarioResultBuilder> builders, int repetition,
        string runId, string serversFolder, ServerStarter starter, ServerVerification verification, RepetitionRunner repetitions, CancellationToken cancellationToken)
    {
        var ids = unit.Scenarios.Select(s => s.Id).ToList();
        var folder = Path.Combine(serversFolder, $"{unit.First.Id}-{repetition}");
        var (running, connections) = await starter.StartAsync(server, folder, cancellationToken);
        try
        {
            log($"{server.Label} ready on {running.BaseUri} (pid {running.Pid}) for {string.Join(" + ", unit.Scenarios.Select(s => s.Name))}, repetition {repetition}");
            var problem = await verification.VerifyAsync(server, running, connections, ids, cancellationToken);
            if (problem is not null)
            {
                log($"{server.Label}: {problem}");
                return problem;
            }
            var coldNotes = new List<Outcome>();
            if (unit.First.ColdStart)
            {
                await running.StopAsync();
                coldNotes.AddRange(await ColdStartAsync(cancellationToken));
                (running, connections) = await starter.StartAsync(server, folder + "-cold", cancellationToken);
                log($"{server.Label} restarted cold on {running.BaseUri} (pid {running.Pid}, ready after {running.ReadyAfter.TotalSeconds:0.0} s)");
            }
            for (var i = 0; i < unit.Scenarios.Count; i++)
            {
                var scenario = unit.Scenarios[i];
                var last = i == unit.Scenarios.Count - 1;
                var current = running;
                var crashed = false;
                async Task StopAfterMeasuring()
                {
                    // A server that is gone before the lab stops it crashed during the measurement.
                    crashed = current.HasExited;
                    if (last)
                    {
                        await current.StopAsync();
                    }
                }
                log($"{scenario.Name} on {server.Label}: repetition {repetition} ({timings[i].Mode.ToString().ToLowerInvariant()}, {scenario.Executor(timings[i]).Description()})");
                RepetitionResult result;
                try
                {
                    result = await repetitions.RunAsync(scenario, timings[i], server.Label, running.BaseUri, running.Pid, repetition, runId, StopAfterMeasuring, cancellationToken);
                }
                catch (MeasuredRepetitionException e) when (e.Measured is not null && e.InnerException is not null)
                {
                    builders[i].Add(e.Measured);
                    log($"{scenario.Name} on {server.Label}: kept the measured load ({e.Measured.Load.Requests:N0} requests), marked partial: {e.Message}");
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                    throw;
                }
                if (i == 0 && coldNotes.Count > 0)
                {
                    result = result with { Outcomes = [.. coldNotes, .. result.Outcomes] };
                }
                if (crashed)
                {
                    result = result with { Valid = false, Partial = true, InvalidReasons = [.. result.InvalidReasons, $"the server exited during the measurement (its output: {current.Folder.Path})"] };
                }
                builders[i].Add(result);
                builders[i].AddStatements(verification.StatementsFor(server, result.Load.ByName.Select(n => n.Name)));
                log($"{scenario.Name} on {server.Label}: {result.Load.RequestsPerSecond:N0} req/s, p95 {result.Load.Latency.P95:0.##} ms, {(result.Valid ? "valid" : "INVALID: " + string.Join("; ", result.InvalidReasons))}");
                if (crashed)
                {
                    throw new ServerException($"{server.Label} exited during {scenario.Name}; the run stops here (server output: {current.Folder.Path})");
                }
            }
            return null;
        }
        finally
        {
            await running.DisposeAsync();
        }
    }

    /// <summary>23's cold procedure with the server stopped: flush Redis, restart PostgreSQL, drop the page cache.</summary>
    private async Task<IReadOnlyList<Outcome>> ColdStartAsync(CancellationToken cancellationToken)
    {
        await lab.ResetAsync(LabReset.Redis, cancellationToken);
        var restarted = await lab.RestartPostgresAsync(cancellationToken);
        var dropped = await LabSession.DropPageCacheAsync();
        log($"cold start: Redis flushed; PostgreSQL {(restarted ? "restarted (shared buffers empty)" : "not restarted (external server)")}; OS page cache {(dropped ? "dropped" : "not dropped (not permitted here)")}");
        return
        [
            new Outcome("cold start: PostgreSQL restarted", restarted ? 1 : 0, "bool", Text: restarted ? "yes" : "no (external server)"),
            new Outcome("cold start: OS page cache dropped", dropped ? 1 : 0, "bool", Text: dropped ? "yes" : "no (not permitted here)"),
        ];
    }

    private ScenarioTiming Timing(Scenario scenario)
    {
        var timing = scenario.Timing(options.Mode);
        if (options.Duration is { } duration && scenario.Id != "21")
        {
            timing = timing with { Duration = duration };
        }
        return timing;
    }

    /// <summary>
    /// report.html beside summary.md, drawn once at the end: rendering charts between repetitions would compete with
    /// them. The measurements are already on disk, so a report that cannot be drawn is said, not fatal
    /// (`./benchlab report FOLDER` draws it again).
    /// </summary>
    private async Task WriteReportAsync(RunResult result, string folder)
    {
        try
        {
            await RunReport.WriteAsync([result], Path.Combine(folder, RunReport.FileName), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log($"report.html not written ({e.GetType().Name}: {e.Message}); the results are complete — try ./benchlab report {folder}");
        }
    }

    private async Task<RunResult> WriteAsync(ServerVariant server, string folder, IReadOnlyList<ScenarioResultBuilder> builders, DateTimeOffset started, string? partialReason, CancellationToken cancellationToken)
    {
        var result = new RunResult
        {
            RunId = Path.GetFileName(folder),
            StartedAt = started,
            FinishedAt = partialReason is null ? DateTimeOffset.UtcNow : null,
            Partial = partialReason is not null,
            PartialReason = partialReason,
            Mode = options.ModeName,
            Environment = lab.Environment with
            {
                Settings = new Dictionary<string, string>(lab.Environment.Settings)
                {
                    ["repeat"] = options.Repeat?.ToString(CultureInfo.InvariantCulture) ?? "mode default",
                    ["duration"] = options.Duration?.ToString() ?? "mode default",
                },
            },
            Server = new ServerDescription
            {
                Name = server.Manifest.Name,
                Variant = server.Variant,
                VariantEnvironment = server.VariantEnvironment,
                Language = server.Manifest.Language,
                Framework = server.Manifest.Framework,
                Settings = server.Manifest.Settings,
                Versions = _versions.GetValueOrDefault(server.Manifest.Name) ?? new Dictionary<string, string>(),
                Processes = server.Manifest.Processes,
            },
            Scenarios = [.. builders.Select(b => b.Build())],
        };
        await ResultJson.WriteAsync(result, Path.Combine(folder, ResultJson.FileName), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, SummaryMarkdown.FileName), SummaryMarkdown.Render(result), cancellationToken);
        return result;
    }
}
