using BenchLab.Telemetry.Clock;
using BenchLab.Telemetry.Processes;
using BenchLab.Testing;

namespace BenchLab.Telemetry.Tests.Processes;

public sealed class ProcessSamplerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    [Trait(TestCategories.Key, TestCategories.Timing)]
    public async Task A_process_that_burns_cpu_reports_more_than_half_a_core()
    {
        // A shell loop: the sampler reads /proc and works for any language.
        using var burner = ObservedProcess.Start("/bin/sh", "-c", "while :; do :; done");
        var clock = RunClock.StartNew();
        await using var sampler = ProcessSampler.Attach(burner.Pid);
        await sampler.StartAsync(clock.Now(), Token);

        await Task.Delay(TimeSpan.FromSeconds(2), Token);
        var sample = await sampler.SampleAsync(clock.Now(), Token);

        Assert.True(sample.CpuPercent > 50, $"a busy loop used {sample.CpuPercent:0.0} % of a core");
        Assert.True(sample.CpuPercent < 110, $"one thread cannot use {sample.CpuPercent:0.0} % of a core");
        Assert.Equal(sample.CpuPercent, sample.UserCpuPercent + sample.SystemCpuPercent, 6);
    }

    [Fact]
    public async Task A_sleeping_process_uses_almost_no_cpu()
    {
        using var sleeper = ObservedProcess.Start("/bin/sleep", "60");
        var clock = RunClock.StartNew();
        await using var sampler = ProcessSampler.Attach(sleeper.Pid);
        await sampler.StartAsync(clock.Now(), Token);
        await Task.Delay(TimeSpan.FromSeconds(1), Token);

        var sample = await sampler.SampleAsync(clock.Now(), Token);

        Assert.True(sample.CpuPercent < 5, $"sleep used {sample.CpuPercent:0.0} % of a core");
        Assert.Equal(1, sample.Threads);
        Assert.Equal(1, sample.Processes);
    }

    [Fact]
    public async Task Threads_descriptors_and_resident_memory_are_counted()
    {
        using var holder = await ObservedProcess.StartTargetAsync("hold", "--threads", "12", "--files", "40", "--megabytes", "96");
        var clock = RunClock.StartNew();
        await using var sampler = ProcessSampler.Attach(holder.Pid);
        await sampler.StartAsync(clock.Now(), Token);

        var sample = await sampler.SampleAsync(clock.Now(), Token);

        Assert.True(sample.Threads >= 12 + 1, $"{sample.Threads} threads");
        Assert.True(sample.OpenFileDescriptors >= 40 + 3, $"{sample.OpenFileDescriptors} descriptors");
        Assert.True(sample.RssBytes >= 96L * 1024 * 1024, $"RSS {sample.RssBytes / 1048576.0:0} MiB");
        // The same process's RSS as the kernel reports it in /proc/PID/status (kB), independently of stat's page count.
        var vmRss = File.ReadAllLines($"/proc/{holder.Pid}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = long.Parse(vmRss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(sample.RssBytes, kilobytes * 1024 * 9 / 10, kilobytes * 1024 * 11 / 10);
    }

    [Fact]
    public async Task Descendants_are_included_only_when_asked()
    {
        using var parent = ObservedProcess.Start("/bin/sh", "-c", "sleep 60 & sleep 60 & wait");
        await Task.Delay(TimeSpan.FromMilliseconds(300), Token);
        var clock = RunClock.StartNew();
        await using var alone = ProcessSampler.Attach(parent.Pid);
        await using var tree = ProcessSampler.Attach(parent.Pid, includeDescendants: true);
        await alone.StartAsync(clock.Now(), Token);
        await tree.StartAsync(clock.Now(), Token);

        Assert.Equal(1, (await alone.SampleAsync(clock.Now(), Token)).Processes);
        Assert.Equal(3, (await tree.SampleAsync(clock.Now(), Token)).Processes);
    }

    [Fact]
    public async Task An_absent_or_exited_process_is_reported_as_such()
    {
        Assert.Throws<ProcessExitedException>(() => ProcessSampler.Attach(int.MaxValue - 7));

        using var sleeper = ObservedProcess.Start("/bin/sleep", "60");
        var clock = RunClock.StartNew();
        await using var sampler = ProcessSampler.Attach(sleeper.Pid);
        await sampler.StartAsync(clock.Now(), Token);
        Assert.True(sampler.IsRunning);
        sleeper.Kill();

        var error = await Assert.ThrowsAsync<ProcessExitedException>(() => sampler.SampleAsync(clock.Now(), Token));
        Assert.Equal(sleeper.Pid, error.Pid);
        Assert.False(sampler.IsRunning);
    }
}
