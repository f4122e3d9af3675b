using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchLab.Telemetry.Tests.Metrics;

/// <summary>
/// An independent reader of the Prometheus text format 0.0.4, strict enough to fail on what Prometheus would
/// reject: a sample without a preceding TYPE, a bad name, an unescaped quote, a duplicate series, a value that is
/// not a float.
/// </summary>
public static partial class ExpositionParser
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public sealed record Series(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public static IReadOnlyList<Series> Parse(string text)
    {
        var types = new Dictionary<string, string>();
        var series = new List<Series>();
        var seen = new HashSet<string>();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                Assert.Matches(HelpLine(), line);
                continue;
            }
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                Assert.Equal(4, parts.Length);
                Assert.Contains(parts[3], Types);
                Assert.True(types.TryAdd(parts[2], parts[3]), $"second TYPE line for {parts[2]}");
                continue;
            }
            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"not a sample line: '{line}'");
            var name = match.Groups["name"].Value;
            Assert.True(types.ContainsKey(name), $"{name} has no TYPE line before its samples");
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (Match label in Label().Matches(match.Groups["labels"].Value))
            {
                labels.Add(label.Groups["key"].Value, Regex.Unescape(label.Groups["value"].Value));
            }
            Assert.True(seen.Add(name + string.Join(',', labels)), $"duplicate series {line}");
            var value = match.Groups["value"].Value switch
            {
                "NaN" => double.NaN,
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
            series.Add(new Series(name, labels, value));
        }
        return series;
    }

    [GeneratedRegex(@"^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* ([^\n\\]|\\\\|\\n)*$")]
    private static partial Regex HelpLine();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>([a-zA-Z_][a-zA-Z0-9_]*=""([^""\\\n]|\\\\|\\""|\\n)*"",?)*)\})? (?<value>NaN|[+-]Inf|[-+]?[0-9.]+([eE][-+]?[0-9]+)?)$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>([^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
