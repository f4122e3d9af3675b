using System.Text.Json;
using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Processes;
using BenchLab.Telemetry.Sampling;
using BenchLab.Testing;

namespace BenchLab.Telemetry.Tests.Sampling;

public sealed class TelemetryRecorderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Frames_follow_the_interval_grid_of_the_run_clock_and_serialise_with_t_and_ticks()
    {
        using var sleeper = ObservedProcess.Start("/bin/sleep", "60");
        var clock = RunClock.StartNew();
        var sources = new TelemetrySources(Process: ProcessSampler.Attach(sleeper.Pid));
        var seen = new List<TelemetryFrame>();

        var timeline = await new TelemetryRecorder(clock, sources, TimeSpan.FromMilliseconds(200)).RunAsync(TimeSpan.FromSeconds(1.3), seen.Add, Token);
        await sources.DisposeAsync();

        Assert.Equal("duration reached", timeline.StopReason);
        Assert.Equal(seen, timeline.Frames);
        Assert.Equal(6, timeline.Frames.Count + timeline.MissedTicks);
        Assert.All(timeline.Frames, f => Assert.NotNull(f.Process));
        Assert.All(timeline.Frames, f => Assert.Null(f.Postgres));
        // Tick k is due k × 0.2 s after the start; a frame is never early, and its index says which tick it is.
        Assert.All(timeline.Frames, f => Assert.True(f.Time.Seconds >= f.Index * 0.2 - 1e-3, $"frame {f.Index} at {f.Time.Seconds:0.000} s"));
        Assert.True(timeline.Frames.Zip(timeline.Frames.Skip(1)).All(p => p.Second.Time.Ticks > p.First.Time.Ticks && p.Second.Index > p.First.Index));

        var json = JsonSerializer.Serialize(timeline, TelemetryJson.Default.TelemetryTimeline);
        using var document = JsonDocument.Parse(json);
        var first = document.RootElement.GetProperty("frames")[0];
        Assert.Equal(timeline.Frames[0].Time.Seconds, first.GetProperty("time").GetProperty("t").GetDouble());
        Assert.Equal(timeline.Frames[0].Time.Ticks, first.GetProperty("time").GetProperty("ticks").GetInt64());
        Assert.True(first.GetProperty("process").TryGetProperty("cpu_percent", out _));
        Assert.Equal(clock.StartTicks, document.RootElement.GetProperty("start_ticks").GetInt64());
        var back = JsonSerializer.Deserialize(json, TelemetryJson.Default.TelemetryTimeline)!;
        Assert.Equal(timeline.Frames[^1].Process, back.Frames[^1].Process);
    }

    [Fact]
    public async Task Recording_ends_when_the_process_exits()
    {
        using var shortLived = ObservedProcess.Start("/bin/sleep", "0.7");
        var sources = new TelemetrySources(Process: ProcessSampler.Attach(shortLived.Pid));

        var timeline = await new TelemetryRecorder(RunClock.StartNew(), sources, TimeSpan.FromMilliseconds(200)).RunAsync(null, cancellationToken: Token);
        await sources.DisposeAsync();

        Assert.Equal($"process {shortLived.Pid} exited", timeline.StopReason);
        Assert.InRange(timeline.Frames.Count, 1, 6);
    }

    [Fact]
    public async Task Recording_ends_when_cancelled()
    {
        using var sleeper = ObservedProcess.Start("/bin/sleep", "60");
        var sources = new TelemetrySources(Process: ProcessSampler.Attach(sleeper.Pid));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        stop.CancelAfter(TimeSpan.FromMilliseconds(700));

        var timeline = await new TelemetryRecorder(RunClock.StartNew(), sources, TimeSpan.FromMilliseconds(200)).RunAsync(null, cancellationToken: stop.Token);
        await sources.DisposeAsync();

        Assert.Equal("stopped", timeline.StopReason);
        Assert.NotEmpty(timeline.Frames);
    }
}
