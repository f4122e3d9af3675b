using System.Text.RegularExpressions;

namespace BenchLab.Telemetry.Metrics;

/// <summary>One metric name with its help text, type and one value per label set.</summary>
public sealed partial class MetricFamily(string name, string help, MetricType type)
{
    public string Name { get; } = name;

    public string Help { get; } = help;

    public MetricType Type { get; } = type;

    public SortedDictionary<string, ((string Name, string Value)[] Labels, double Value)> Samples { get; } = new(StringComparer.Ordinal);

    /// <summary>A stable key for a label set (sorted by label name); checks the label names.</summary>
    public static string Key((string Name, string Value)[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (label, _) in labels)
        {
            if (!LabelName().IsMatch(label) || label.StartsWith("__", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{label}' is not a valid Prometheus label name", nameof(labels));
            }
        }
        return string.Join('\u0001', labels.OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => l.Name + "\u0002" + l.Value));
    }

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();
}
