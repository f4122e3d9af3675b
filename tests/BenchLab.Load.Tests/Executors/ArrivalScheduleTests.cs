using BenchLab.Load.Executors;

namespace BenchLab.Load.Tests.Executors;

public sealed class ArrivalScheduleTests
{
    [Fact]
    public void A_constant_rate_starts_rate_times_duration_iterations_evenly_spaced()
    {
        var offsets = All(new ArrivalSchedule(200, [(TimeSpan.FromSeconds(5), 200)]));

        Assert.Equal(1000, offsets.Count);
        Assert.Equal(0, offsets[0]);
        Assert.All(offsets.Zip(offsets.Skip(1)), pair => Assert.Equal(0.005, pair.Second - pair.First, 9));
        Assert.True(offsets[^1] < 5);
    }

    [Fact]
    public void A_ramp_starts_as_many_iterations_as_the_area_under_the_rate()
    {
        // 100 → 1000 over 10 s, then 1000 for 5 s: 5,500 + 5,000.
        var offsets = All(new ArrivalSchedule(100, [(TimeSpan.FromSeconds(10), 1000), (TimeSpan.FromSeconds(5), 1000)]));

        Assert.Equal(10_500, offsets.Count);
        Assert.True(offsets.Zip(offsets.Skip(1)).All(p => p.Second >= p.First));
        // Arrivals get denser as the rate rises: the first second holds about 145, the tenth about 955.
        Assert.InRange(offsets.Count(o => o < 1), 140, 150);
        Assert.InRange(offsets.Count(o => o is >= 9 and < 10), 950, 960);
    }

    [Fact]
    public void Loops_share_the_schedule_without_overlap_or_loss()
    {
        var schedule = new ArrivalSchedule(300, [(TimeSpan.FromSeconds(2), 300)]);
        var whole = All(schedule.ForLoop(0, 1));
        var shared = All(schedule.ForLoop(0, 2)).Concat(All(schedule.ForLoop(1, 2))).Order().ToList();

        Assert.Equal(whole, shared);
    }

    private static List<double> All(ArrivalSchedule schedule)
    {
        var offsets = new List<double>();
        while (schedule.TryNext(out var offset))
        {
            offsets.Add(offset);
        }
        return offsets;
    }
}
