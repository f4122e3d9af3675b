using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.DotNet;
using BenchLab.Testing;

namespace BenchLab.Telemetry.Tests.DotNet;

public sealed class DotNetRuntimeSamplerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_allocating_dotnet_process_reports_gc_heap_and_collections()
    {
        using var allocator = await ObservedProcess.StartTargetAsync("allocate");
        var clock = RunClock.StartNew();
        await using var sampler = DotNetRuntimeSampler.TryAttach(allocator.Pid);
        Assert.NotNull(sampler);
        await sampler.StartAsync(clock.Now(), Token);

        // The runtime publishes its counters once a second on its own timer: gather a few publications.
        var samples = new List<DotNetRuntimeSample>();
        for (var i = 0; i < 4; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), Token);
            samples.Add(await sampler.SampleAsync(clock.Now(), Token));
        }

        Assert.True(samples.Sum(s => s.CounterBatches) >= 2, $"{samples.Sum(s => s.CounterBatches)} counter publications in 4 s");
        Assert.True(samples.Sum(s => s.Gen0Collections) > 0, "an allocating process collected no gen 0");
        Assert.True(samples.Sum(s => s.AllocatedBytes) > 1_000_000, $"{samples.Sum(s => s.AllocatedBytes)} bytes allocated");
        Assert.True(samples[^1].GcHeapBytes > 0);
        Assert.True(samples[^1].GcCommittedBytes >= samples[^1].GcHeapBytes / 2);
        Assert.True(samples.All(s => s.ThreadPoolQueueLength >= 0));
    }

    [Fact]
    public void A_process_of_another_language_has_no_dotnet_counters()
    {
        using var shell = ObservedProcess.Start("/bin/sleep", "30");

        Assert.False(DotNetRuntimeSampler.IsDotNetProcess(shell.Pid));
        Assert.Null(DotNetRuntimeSampler.TryAttach(shell.Pid));
        Assert.True(DotNetRuntimeSampler.IsDotNetProcess(Environment.ProcessId));
    }
}
