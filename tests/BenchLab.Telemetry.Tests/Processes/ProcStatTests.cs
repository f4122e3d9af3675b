using BenchLab.Telemetry.Processes;

namespace BenchLab.Telemetry.Tests.Processes;

public sealed class ProcStatTests
{
    [Fact]
    public void A_name_with_spaces_and_parentheses_does_not_shift_the_fields()
    {
        // Field values from a real /proc/PID/stat with the name replaced by a hostile one.
        var line = "4242 (my (odd) name) S 1 4242 4242 0 -1 4194560 1536 0 0 0 37 12 3 4 20 0 9 0 123456 1000000 2560 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0";

        var stat = ProcStat.Parse(line);

        Assert.Equal(4242, stat.Pid);
        Assert.Equal("my (odd) name", stat.Name);
        Assert.Equal('S', stat.State);
        Assert.Equal(1, stat.ParentPid);
        Assert.Equal(37, stat.UserTicks);
        Assert.Equal(12, stat.SystemTicks);
        Assert.Equal(7, stat.ReapedChildrenTicks);
        Assert.Equal(9, stat.Threads);
        Assert.Equal(123456, stat.StartTicks);
        Assert.Equal(2560, stat.RssPages);
    }

    [Fact]
    public void The_own_process_reads_as_running_with_threads()
    {
        var stat = ProcStat.TryRead(Environment.ProcessId);

        Assert.NotNull(stat);
        Assert.True(stat.Threads >= 1);
        Assert.Equal(Environment.ProcessId, stat.Pid);
    }

    [Fact]
    public void The_kernel_clock_is_asked_not_assumed()
    {
        Assert.InRange(KernelClock.TicksPerSecond, 1, 10_000);
    }
}
