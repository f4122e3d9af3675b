using System.Globalization;

namespace BenchLab.Load.Executors;

/// <summary>Durations and rates written the way k6 writes them: 1m30s, 500ms, 50.00 iterations/s.</summary>
public static class Describe
{
    public static string Duration(TimeSpan value)
    {
        if (value < TimeSpan.FromSeconds(1))
        {
            return $"{value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)}ms";
        }
        var text = "";
        if (value.TotalHours >= 1)
        {
            text += $"{(int)value.TotalHours}h";
        }
        if (value.Minutes > 0 || text.Length > 0)
        {
            text += $"{value.Minutes}m";
        }
        var seconds = value.Seconds + value.Milliseconds / 1000.0;
        return text + $"{seconds.ToString("0.###", CultureInfo.InvariantCulture)}s";
    }

    public static string Rate(double perTimeUnit, TimeSpan timeUnit) =>
        timeUnit == TimeSpan.FromSeconds(1)
            ? $"{perTimeUnit.ToString("0.00", CultureInfo.InvariantCulture)} iterations/s"
            : $"{perTimeUnit.ToString("0.00", CultureInfo.InvariantCulture)} iterations/{Duration(timeUnit)}";
}
