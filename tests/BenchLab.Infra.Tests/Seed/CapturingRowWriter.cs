using System.Globalization;
using BenchLab.Infra.Seed;

namespace BenchLab.Infra.Tests.Seed;

/// <summary>Records the values a seed writes, as the text PostgreSQL would print for them.</summary>
public sealed class CapturingRowWriter : IRowWriter
{
    public List<string?> Values { get; } = [];

    public void Write(int value) => Values.Add(value.ToString(CultureInfo.InvariantCulture));

    public void Write(string value) => Values.Add(value);

    public void Write(DateTime value)
    {
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
        Values.Add(ExpectedSeed.Timestamp(value));
    }

    public void Write(DateOnly value) => Values.Add(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public void Write(Guid value) => Values.Add(value.ToString("D"));

    public void WriteJson(string json) => Values.Add(json);

    public static IReadOnlyList<string?> Capture(TableSeed seed, int i)
    {
        var writer = new CapturingRowWriter();
        seed.WriteRow(writer, seed.Table == "search_vocab" ? i : i - 1);
        return writer.Values;
    }
}
