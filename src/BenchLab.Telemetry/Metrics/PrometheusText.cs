using System.Globalization;
using System.Text;

namespace BenchLab.Telemetry.Metrics;

/// <summary>
/// Writes metric families in the Prometheus text exposition format 0.0.4: a <c># HELP</c> and a <c># TYPE</c>
/// line per family, then one <c>name{label="value",…} value</c> line per series, label values escaped
/// (backslash, double quote, newline), special values as <c>NaN</c>, <c>+Inf</c>, <c>-Inf</c>.
/// </summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(IEnumerable<MetricFamily> families)
    {
        ArgumentNullException.ThrowIfNull(families);
        var text = new StringBuilder();
        foreach (var family in families)
        {
            if (family.Samples.Count == 0)
            {
                continue;
            }
            text.Append("# HELP ").Append(family.Name).Append(' ').Append(EscapeHelp(family.Help)).Append('\n');
            text.Append("# TYPE ").Append(family.Name).Append(' ').Append(family.Type == MetricType.Counter ? "counter" : "gauge").Append('\n');
            foreach (var (labels, value) in family.Samples.Values)
            {
                text.Append(family.Name);
                if (labels.Length > 0)
                {
                    text.Append('{').AppendJoin(',', labels.Select(l => $"{l.Name}=\"{EscapeLabel(l.Value)}\"")).Append('}');
                }
                text.Append(' ').Append(FormatValue(value)).Append('\n');
            }
        }
        return text.ToString();
    }

    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string EscapeHelp(string help) => help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeLabel(string value) => EscapeHelp(value).Replace("\"", "\\\"", StringComparison.Ordinal);
}
