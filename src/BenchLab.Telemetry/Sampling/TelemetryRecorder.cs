using System.Diagnostics;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Processes;

namespace BenchLab.Telemetry.Sampling;

/// <summary>
/// Drives the samplers on a fixed grid of the run's clock: tick k is due at start + k × interval, so the
/// series does not drift however long sampling takes, and a tick that cannot be taken on time is skipped and
/// counted (<see cref="TelemetryTimeline.MissedTicks"/>) rather than silently shifted. All sources are read
/// concurrently at each tick and stamped with one time.
/// </summary>
public sealed class TelemetryRecorder(RunClock clock, TelemetrySources sources, TimeSpan interval)
{
    /// <summary>Samples until <paramref name="duration"/> has passed (null: until cancelled or the process exits).</summary>
    /// <param name="onFrame">Called with each frame as soon as it is complete (live table, metrics endpoint).</param>
    public async Task<TelemetryTimeline> RunAsync(TimeSpan? duration, Action<TelemetryFrame>? onFrame = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        var start = clock.Now();
        await Task.WhenAll(Start(sources.Process, start), Start(sources.Runtime, start), Start(sources.Postgres, start), Start(sources.Redis, start));
        var frames = new List<TelemetryFrame>();
        var missed = 0;
        var stopReason = "duration reached";
        var intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
        var endTicks = duration is null ? long.MaxValue : start.Ticks + (long)(duration.Value.TotalSeconds * Stopwatch.Frequency);
        var index = 1;
        try
        {
            while (true)
            {
                var due = start.Ticks + index * intervalTicks;
                if (due > endTicks)
                {
                    break;
                }
                // Timers have millisecond granularity and may fire a little before the monotonic clock reaches
                // the due tick: wait again until it has, so that no frame is stamped before its tick.
                while (Stopwatch.GetTimestamp() < due)
                {
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(wait.TotalMilliseconds))), cancellationToken);
                }
                var at = clock.Now();
                var process = Sample(sources.Process, at);
                var runtime = Sample(sources.Runtime, at);
                var postgres = Sample(sources.Postgres, at);
                var redis = Sample(sources.Redis, at);
                await Task.WhenAll(process, runtime, postgres, redis);
                var frame = new TelemetryFrame(index, at, await process, await runtime, await postgres, await redis);
                frames.Add(frame);
                onFrame?.Invoke(frame);
                // Skip the ticks that are already past: a late sample covers them (its rates use the real elapsed time).
                var next = (Stopwatch.GetTimestamp() - start.Ticks) / intervalTicks + 1;
                missed += (int)Math.Max(0, next - index - 1);
                index = (int)Math.Max(index + 1, next);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stopReason = "stopped";
        }
        catch (ProcessExitedException e)
        {
            stopReason = $"process {e.Pid} exited";
        }
        catch (SamplerFailedException e)
        {
            // A database or Redis that dies mid-run ends the timeline, not the run: the frames so far are kept.
            stopReason = e.Message;
        }
        return new TelemetryTimeline(clock.StartTicks, Stopwatch.Frequency, interval.TotalSeconds, frames, missed, stopReason);

        Task Start<T>(ISampler<T>? sampler, SampleTime at) => sampler?.StartAsync(at, cancellationToken) ?? Task.CompletedTask;

        async Task<T?> Sample<T>(ISampler<T>? sampler, SampleTime at) where T : class
        {
            if (sampler is null)
            {
                return null;
            }
            try
            {
                return await sampler.SampleAsync(at, cancellationToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                throw new SamplerFailedException($"{typeof(T).Name} sampling failed: {e.Message}", e);
            }
        }
    }
}
