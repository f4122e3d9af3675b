namespace BenchLab.Load.Scripting;

/// <summary>
/// The per-VU random stream of contract §1.5: mulberry32 seeded with (run_seed + 0x9E3779B9 × vu) mod 2^32,
/// so that every run with the same seed draws the same sequence on every VU.
/// </summary>
public sealed class Mulberry32(uint seed)
{
    private uint _state = seed;

    public uint Seed { get; } = seed;

    /// <summary>The seed of VU <paramref name="vu"/> (1-based) for a run seed.</summary>
    public static uint SeedFor(uint runSeed, int vu) => unchecked(runSeed + 0x9E3779B9u * (uint)vu);

    public static Mulberry32 ForVu(uint runSeed, int vu) => new(SeedFor(runSeed, vu));

    /// <summary>The next 32-bit output.</summary>
    public uint NextUInt32()
    {
        unchecked
        {
            _state += 0x6D2B79F5u;
            var t = _state;
            t = (t ^ (t >> 15)) * (t | 1);
            t ^= t + (t ^ (t >> 7)) * (t | 61);
            return t ^ (t >> 14);
        }
    }

    /// <summary>U(): uniform in [0, 1).</summary>
    public double NextDouble() => NextUInt32() / 4294967296.0;

    /// <summary>int(a, b): uniform integer in [a, b], both ends included.</summary>
    public int NextInt(int min, int max)
    {
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), $"int({min}, {max}): the upper end is below the lower");
        }
        return (int)(min + Math.Floor(NextDouble() * ((long)max - min + 1)));
    }
}
