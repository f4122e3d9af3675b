using System.Text.RegularExpressions;

namespace BenchLab.Telemetry.Metrics;

/// <summary>
/// The current value of every metric a lab process exposes, by name and label set. Writers (the telemetry
/// recorder, later the load engine) set values as they go; the endpoint renders them on each scrape. Names and
/// label names are checked when set, so a bad name fails in the code that chose it, not in Prometheus.
/// </summary>
public sealed partial class MetricRegistry
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, MetricFamily> _families = new(StringComparer.Ordinal);

    /// <summary>Sets a gauge (a value that goes up and down).</summary>
    public void SetGauge(string name, string help, double value, params (string Name, string Value)[] labels) =>
        Set(name, help, MetricType.Gauge, value, labels);

    /// <summary>Sets a counter to its current total (only ever increasing; Prometheus' rate() turns it into a rate).</summary>
    public void SetCounter(string name, string help, double total, params (string Name, string Value)[] labels) =>
        Set(name, help, MetricType.Counter, total, labels);

    /// <summary>Adds to a counter.</summary>
    public void AddCounter(string name, string help, double increment, params (string Name, string Value)[] labels)
    {
        lock (_lock)
        {
            var family = Family(name, help, MetricType.Counter);
            var key = MetricFamily.Key(labels);
            family.Samples[key] = (labels, family.Samples.GetValueOrDefault(key).Value + increment);
        }
    }

    /// <summary>Removes every series of a metric (e.g. when the observed process has gone).</summary>
    public void Remove(string name)
    {
        lock (_lock)
        {
            _families.Remove(name);
        }
    }

    /// <summary>The Prometheus text exposition format (version 0.0.4) of every metric.</summary>
    public string Render()
    {
        lock (_lock)
        {
            return PrometheusText.Write(_families.Values);
        }
    }

    private void Set(string name, string help, MetricType type, double value, (string Name, string Value)[] labels)
    {
        lock (_lock)
        {
            Family(name, help, type).Samples[MetricFamily.Key(labels)] = (labels, value);
        }
    }

    private MetricFamily Family(string name, string help, MetricType type)
    {
        if (_families.TryGetValue(name, out var family))
        {
            if (family.Type != type)
            {
                throw new ArgumentException($"metric {name} is a {family.Type}, not a {type}", nameof(type));
            }
            return family;
        }
        if (!MetricName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid Prometheus metric name", nameof(name));
        }
        return _families[name] = new MetricFamily(name, help, type);
    }

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();
}
