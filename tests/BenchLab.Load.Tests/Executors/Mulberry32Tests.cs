using BenchLab.Load.Scripting;

namespace BenchLab.Load.Tests.Executors;

public sealed class Mulberry32Tests
{
    [Fact]
    public void Vu_1_of_the_default_run_seed_draws_the_contract_s_check_values()
    {
        Assert.Equal(2674695870u, Mulberry32.SeedFor(20260101, 1));
        var random = Mulberry32.ForVu(20260101, 1);

        Assert.Equal(0.9576227031648159, random.NextDouble(), 15);
        Assert.Equal(0.5356588549911976, random.NextDouble(), 15);
        Assert.Equal(0.7117509462404996, random.NextDouble(), 15);
    }

    [Fact]
    public void The_same_seed_gives_the_same_sequence_and_ints_stay_in_range()
    {
        var a = Mulberry32.ForVu(7, 3);
        var b = Mulberry32.ForVu(7, 3);
        var seen = new HashSet<int>();
        for (var i = 0; i < 10_000; i++)
        {
            var value = a.NextInt(1, 6);
            Assert.Equal(value, b.NextInt(1, 6));
            Assert.InRange(value, 1, 6);
            seen.Add(value);
        }
        Assert.Equal(6, seen.Count);
    }
}
