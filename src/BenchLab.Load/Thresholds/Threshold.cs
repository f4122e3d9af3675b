using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchLab.Load.Thresholds;

/// <summary>
/// A pass/fail criterion in k6's syntax: <c>http_req_duration: p(95)&lt;200</c>,
/// <c>group_duration{group:::Flow}: p(95)&lt;500</c>, <c>checks: rate&gt;0.99</c>, <c>http_req_failed: rate&lt;0.01</c>.
/// Trend values are milliseconds. A failed threshold makes the run's exit code 1; with
/// <see cref="AbortOnFail"/> it also stops the run as soon as it fails (after <see cref="DelayAbortEval"/>).
/// </summary>
public sealed partial record Threshold
{
    public required string Metric { get; init; }

    public IReadOnlyDictionary<string, string> Filter { get; init; } = new Dictionary<string, string>();

    /// <summary>avg, min, max, med, count, rate, or p(N).</summary>
    public required string Aggregation { get; init; }

    public required string Operator { get; init; }

    public required double Value { get; init; }

    public bool AbortOnFail { get; init; }

    public TimeSpan DelayAbortEval { get; init; }

    /// <summary>The threshold as written, e.g. "http_req_duration{group:::Flow}: p(95)&lt;500".</summary>
    public string Text => $"{Metric}{(Filter.Count > 0 ? "{" + string.Join(",", Filter.Select(f => $"{f.Key}:{f.Value}")) + "}" : "")}: {Aggregation}{Operator}{Value.ToString(CultureInfo.InvariantCulture)}";

    public override string ToString() => Text;

    /// <summary>The percentile of a p(N) aggregation, or null.</summary>
    public double? Percentile => Aggregation.StartsWith("p(", StringComparison.Ordinal) ? double.Parse(Aggregation[2..^1], CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Parses "metric{tag:value,…}: aggregation operator value", optionally followed by " abortOnFail". Throws
    /// <see cref="FormatException"/> with a message that says what is wrong and what is expected.
    /// </summary>
    public static Threshold Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = text.Trim();
        var abort = false;
        if (source.EndsWith("abortOnFail", StringComparison.Ordinal))
        {
            abort = true;
            source = source[..^"abortOnFail".Length].TrimEnd(' ', ',');
        }
        var colon = FindSeparator(source);
        if (colon < 0)
        {
            throw new FormatException($"threshold '{text}' has no ':' between the metric and the condition; write it like 'http_req_duration: p(95)<200'");
        }
        var (metric, filter) = ParseMetric(source[..colon].Trim(), text);
        var condition = ConditionPattern().Match(source[(colon + 1)..].Trim());
        if (!condition.Success)
        {
            throw new FormatException($"threshold '{text}': the condition must read like 'p(95)<200', 'avg<50', 'rate<0.01' or 'count>100'");
        }
        var aggregation = condition.Groups["agg"].Value;
        var threshold = new Threshold
        {
            Metric = metric,
            Filter = filter,
            Aggregation = aggregation,
            Operator = condition.Groups["op"].Value,
            Value = double.Parse(condition.Groups["value"].Value, CultureInfo.InvariantCulture),
            AbortOnFail = abort,
        };
        threshold.CheckAggregation(text);
        return threshold;
    }

    private void CheckAggregation(string text)
    {
        var allowed = MetricNames.Trends.Contains(Metric) ? "avg, min, max, med, count or p(N)"
            : MetricNames.Rates.Contains(Metric) ? "rate"
            : "count or rate";
        var ok = MetricNames.Trends.Contains(Metric) ? Aggregation is "avg" or "min" or "max" or "med" or "count" || Percentile is not null
            : MetricNames.Rates.Contains(Metric) ? Aggregation == "rate"
            : Aggregation is "count" or "rate";
        if (!ok)
        {
            throw new FormatException($"threshold '{text}': {Metric} takes {allowed}, not {Aggregation}");
        }
        if (Percentile is { } p && (p <= 0 || p > 100))
        {
            throw new FormatException($"threshold '{text}': a percentile lies in (0, 100]");
        }
    }

    private static int FindSeparator(string source)
    {
        var depth = 0;
        for (var i = 0; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    break;
                case ':' when depth == 0:
                    return i;
            }
        }
        return -1;
    }

    private static (string Metric, Dictionary<string, string> Filter) ParseMetric(string metric, string text)
    {
        var filter = new Dictionary<string, string>(StringComparer.Ordinal);
        var brace = metric.IndexOf('{', StringComparison.Ordinal);
        var name = brace < 0 ? metric : metric[..brace].Trim();
        if (brace >= 0)
        {
            if (!metric.EndsWith('}'))
            {
                throw new FormatException($"threshold '{text}': the tag filter must end with '}}'");
            }
            foreach (var part in metric[(brace + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var separator = part.IndexOf(':', StringComparison.Ordinal);
                if (separator <= 0)
                {
                    throw new FormatException($"threshold '{text}': tag filter '{part}' must read key:value, e.g. group:::Flow or name:GET /users");
                }
                filter[part[..separator].Trim()] = part[(separator + 1)..].Trim();
            }
        }
        if (!MetricNames.Trends.Contains(name) && !MetricNames.Rates.Contains(name) && !MetricNames.Counters.Contains(name))
        {
            throw new FormatException($"threshold '{text}': unknown metric '{name}'; known: {MetricNames.All}");
        }
        if (filter.TryGetValue("status", out var status) && !StatusClassPattern().IsMatch(status))
        {
            throw new FormatException($"threshold '{text}': status filters take a class such as 2xx or 5xx (histograms are kept per status class)");
        }
        return (name, filter);
    }

    [GeneratedRegex(@"^(?<agg>avg|min|max|med|count|rate|p\(\d+(\.\d+)?\))\s*(?<op><=|>=|==|!=|<|>)\s*(?<value>-?\d+(\.\d+)?)$")]
    private static partial Regex ConditionPattern();

    [GeneratedRegex(@"^[0-5]xx$|^none$")]
    private static partial Regex StatusClassPattern();
}
