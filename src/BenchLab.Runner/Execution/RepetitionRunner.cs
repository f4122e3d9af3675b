using System.Text.Json;
using BenchLab.Infra.Database;
using BenchLab.Load;
using BenchLab.Load.Engine;
using BenchLab.Load.Executors;
using BenchLab.Load.Http;
using BenchLab.Load.Results;
using BenchLab.Load.Thresholds;
using BenchLab.Results.Model;
using BenchLab.Runner.Lab;
using BenchLab.Scenarios.Model;
using BenchLab.Scenarios.Common;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.DotNet;
using BenchLab.Telemetry.Postgres;
using BenchLab.Telemetry.Processes;
using BenchLab.Telemetry.Redis;
using BenchLab.Telemetry.Sampling;

namespace BenchLab.Runner.Execution;

/// <summary>
/// One repetition of one scenario against one running server, in the order contract §1.5 and §8.5 fix:
/// resets, the scenario's preparation, warm-up (discarded), resets after the warm-up, then the measurement with
/// telemetry on the engine's clock, the scenario's outcomes, and the resets after. Returns the repetition's
/// result, valid or not, with every reason.
/// </summary>
public sealed class RepetitionRunner(LabSession lab, RunOptions options, LoadObserver observer, Action<string> log, LiveRunMetrics? metrics = null)
{
    /// <summary>A correctness check failing more often than this makes the run invalid (contract §1.5).</summary>
    public const double MaxCheckFailureRate = 0.01;

    /// <summary>Added to the run seed for the warm-up's random streams (the first 32 bits of √2's fraction).</summary>
    public const uint WarmupSeedOffset = 0x6A09E667;

    public async Task<RepetitionResult> RunAsync(Scenario scenario, ScenarioTiming timing, string serverLabel, Uri server, int serverPid, int index, string runId, Func<Task> stopServer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(timing);
        var started = DateTimeOffset.UtcNow;
        using var scenarioLab = new ScenarioLab(lab, server, runId, options.Mode);
        if (!scenario.FollowsPrevious)
        {
            await lab.ResetAsync(scenario.Resets.Before, cancellationToken);
        }
        await scenario.PrepareAsync(scenarioLab, cancellationToken);
        var target = LoadTarget.Parse(server.ToString());
        if (scenario.WarmsUp && timing.Warmup > TimeSpan.Zero)
        {
            log($"{scenario.Name}: warm-up {timing.Warmup.TotalSeconds:0} s (discarded)");
            // The warm-up draws from other random streams: with the run's own seed it would request (and cache, or
            // fault into shared buffers) exactly the ids the measurement then asks for (15 measured 27 % hits so).
            // It keeps the scenario's graceful stop: a warm-up iteration cut short leaves the server working on
            // requests nobody waits for (12's 1,000-row loops take seconds each) while the measurement begins.
            var warmup = Test(scenario, target, new ConstantVus(10, timing.Warmup) { GracefulStop = timing.GracefulStop }, withThresholds: false, unchecked(options.RunSeed + WarmupSeedOffset));
            await LoadEngine.RunAsync(warmup, null, cancellationToken);
            await lab.ResetAsync(scenario.Resets.AfterWarmup, cancellationToken);
        }

        var clock = RunClock.StartNew();
        await using var postgres = new PostgresStatistics(lab.Endpoints.LabDatabase, LabDatabases.Role, clock);
        await using var redis = new RedisStatistics(lab.Endpoints.Redis, clock);
        var postgresBefore = await postgres.SnapshotAsync(cancellationToken);
        var redisBefore = await redis.SnapshotAsync(cancellationToken);
        using var stopTelemetry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var publishFrame = metrics?.StartRepetition(serverLabel, scenario.Name, index, serverPid);
        var telemetryTask = RecordTelemetryAsync(clock, serverPid, scenario.TelemetryInterval, publishFrame, stopTelemetry.Token);

        var test = Test(scenario, target, scenario.Executor(timing), withThresholds: true, options.RunSeed);
        LoadResult result;
        try
        {
            result = await observer(test, scenario.Name, progress => LoadEngine.RunAsync(test, AlsoPublish(progress, serverLabel, scenario.Name), cancellationToken));
        }
        finally
        {
            await stopTelemetry.CancelAsync();
        }
        var timeline = await telemetryTask;
        var load = LoadSummaries.From(result);
        var loadRecord = JsonDocument.Parse(LoadResultJson.Full(result)).RootElement.Clone();
        var telemetryRecord = JsonSerializer.SerializeToElement(timeline, TelemetryJson.Default.TelemetryTimeline);

        try
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Backends flush their statistics when they exit: stop the server before the "after" snapshot, unless the
            // next scenario runs on it (23-warm), in which case the snapshot waits for the flush instead.
            await stopServer();
            var postgresDelta = PostgresDelta.Between(postgresBefore, await postgres.SnapshotAfterFlushAsync(TimeSpan.FromSeconds(15), cancellationToken));
            var redisDelta = RedisDelta.Between(redisBefore, await redis.SnapshotAsync(cancellationToken));
            var outcomes = await scenario.CollectAsync(scenarioLab, result, new TelemetryView(timeline), cancellationToken);
            await lab.ResetAsync(scenario.Resets.After, cancellationToken);

            var database = UsageSummaries.Database(postgresDelta, timeline, result.Iterations, result.Requests);
            var invalid = InvalidReasons(result, outcomes).ToList();
            return new RepetitionResult
            {
                Index = index,
                StartedAt = started,
                Valid = invalid.Count == 0,
                InvalidReasons = invalid,
                Partial = result.Partial,
                Load = load,
                Thresholds = [.. result.Thresholds.Select(t => new ThresholdOutcome(t.Threshold.Text, t.Passed, t.Observed, t.Note)), .. outcomes.Thresholds ?? []],
                Outcomes = [.. outcomes.Outcomes, new Outcome("statements per iteration", database.StatementsPerIteration, "statements")],
                Server = UsageSummaries.Server(timeline, result.Requests),
                Database = database,
                Cache = UsageSummaries.Cache(redisDelta),
                LoadRecord = loadRecord,
                TelemetryRecord = telemetryRecord,
            };
        }
        catch (Exception e) when (e is OperationCanceledException || LabFailures.StopsTheRun(e))
        {
            // The load ran: keep it, without the database and cache figures that could not be read afterwards.
            var why = e is OperationCanceledException ? LoadEngine.InterruptedReason : $"the lab failed after the load: {e.Message}";
            throw new MeasuredRepetitionException(new RepetitionResult
            {
                Index = index,
                StartedAt = started,
                Valid = false,
                InvalidReasons = [.. InvalidReasons(result, ScenarioOutcomes.None), why],
                Partial = true,
                Load = load,
                Thresholds = [.. result.Thresholds.Select(t => new ThresholdOutcome(t.Threshold.Text, t.Passed, t.Observed, t.Note))],
                Server = UsageSummaries.Server(timeline, result.Requests),
                LoadRecord = loadRecord,
                TelemetryRecord = telemetryRecord,
            }, e);
        }
    }

    private static LoadTest Test(Scenario scenario, LoadTarget target, ExecutorConfig executor, bool withThresholds, uint seed) => new()
    {
        Target = target,
        Executor = executor,
        Setup = scenario.SetupAsync,
        Iteration = scenario.IterationAsync,
        Thresholds = withThresholds ? [.. scenario.Thresholds.Select(Threshold.Parse)] : [],
        RunSeed = seed,
    };

    private static IEnumerable<string> InvalidReasons(LoadResult result, ScenarioOutcomes outcomes)
    {
        foreach (var reason in result.Validity.Reasons)
        {
            yield return reason;
        }
        foreach (var check in result.Checks.Where(c => !Checks.IsOutcome(c.Name)))
        {
            var total = check.Passes + check.Fails;
            if (total > 0 && check.Fails / (double)total > MaxCheckFailureRate)
            {
                yield return $"check '{check.Name}'{(check.Group.Length > 0 ? $" in {check.Group.TrimStart(':')}" : "")} failed {check.Fails:N0} of {total:N0} times (more than 1 %; answers there: {GroupAnswers.Describe(result, check.Group)})";
            }
        }
        foreach (var reason in outcomes.InvalidReasons)
        {
            yield return reason;
        }
        if (result.Requests == 0)
        {
            yield return "no request was measured";
        }
    }

    private Action<LiveStatus>? AlsoPublish(Action<LiveStatus>? progress, string server, string scenario) =>
        metrics is null ? progress : status =>
        {
            metrics.PublishLoad(server, scenario, status);
            progress?.Invoke(status);
        };

    private async Task<TelemetryTimeline> RecordTelemetryAsync(RunClock clock, int serverPid, TimeSpan interval, Action<TelemetryFrame>? onFrame, CancellationToken stop)
    {
        var redis = new RedisStatistics(lab.Endpoints.Redis, clock);
        var sources = new TelemetrySources(
            ProcessSampler.Attach(serverPid, includeDescendants: true),
            DotNetRuntimeSampler.TryAttach(serverPid),
            new PostgresSampler(lab.Endpoints.LabDatabase),
            new RedisSampler(redis));
        try
        {
            return await new TelemetryRecorder(clock, sources, interval).RunAsync(null, onFrame, stop);
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }
}
