using BenchLab.Reports.Records;
using HdrHistogram;

namespace BenchLab.Reports.Charts;

/// <summary>
/// The latency distribution as a percentile spectrum from the HdrHistograms of every valid repetition merged:
/// per group (group_duration, what the original published) or per request name; one line per series when
/// several are compared.
/// </summary>
public static class PercentileSpectrumChart
{
    public const string Kind = "latency-distribution";

    /// <summary>The histograms' resolution is 1 µs; nothing below it is drawn on the log axis.</summary>
    private const double MinimumMs = 0.001;

    public static Chart? Render(string id, IReadOnlyList<ScenarioEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var lines = new List<(string Name, HistogramBase Histogram, int Color)>();
        string what;
        if (entries.Count == 1)
        {
            var records = entries[0].Measured.Select(r => LoadRecord.Of(r.LoadRecord)).OfType<LoadRecord>().ToList();
            var groups = Merge(records.Select(r => r.DurationByGroup()));
            var names = Merge(records.Select(r => r.LatencyByName()));
            var chosen = groups.Count > 0 ? groups : names;
            what = groups.Count > 0 ? "group duration per group" : "request latency per request name";
            lines.AddRange(chosen.OrderBy(p => p.Key, StringComparer.Ordinal).Select((p, i) => (p.Key.Length == 0 ? "all requests" : p.Key, p.Value, i)));
        }
        else
        {
            what = "request latency of every request";
            foreach (var entry in entries)
            {
                var all = Merge(entry.Measured.Select(r => LoadRecord.Of(r.LoadRecord)).OfType<LoadRecord>().Select(r => r.LatencyByName()));
                if (all.Count > 0)
                {
                    var merged = HistogramOf(all.Values);
                    lines.Add((entry.Series, merged, entry.ColorIndex));
                }
            }
        }
        lines.RemoveAll(l => l.Histogram.TotalCount == 0);
        if (lines.Count == 0)
        {
            return null;
        }
        var plot = ChartStyle.NewPlot("percentile", "latency (ms, log scale)");
        var maxNines = 0.0;
        foreach (var (name, histogram, color) in lines)
        {
            var spectrum = PercentileSpectrum.Of(histogram);
            // Log scale: the tail is one to three orders of magnitude above the median, and both must stay readable.
            ChartStyle.Line(plot, [.. spectrum.Select(p => p.Nines)], [.. spectrum.Select(p => Math.Log10(Math.Max(MinimumMs, p.Ms)))], ChartStyle.ColorOf(color), name);
            maxNines = Math.Max(maxNines, spectrum[^1].Nines);
        }
        var (positions, labels) = PercentileSpectrum.Ticks(maxNines);
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => BenchLab.Results.Export.Numbers.Ms(Math.Pow(10, y)),
        };
        plot.Axes.SetLimitsX(0, maxNines + 0.1);
        ChartStyle.ShowLegend(plot, lines.Count);
        var counts = string.Join(" and ", entries.Select(e => e.Measured.Count).Distinct());
        var mergedHow = entries.Count == 1 ? "merged" : "merged per series";
        return ChartStyle.Render(plot, Kind, id, "Latency distribution",
            $"Percentile spectrum of {what}, from the HdrHistograms of {counts} repetition{(counts == "1" ? "" : "s")} {mergedHow}; the last point is the maximum.");
    }

    private static Dictionary<string, HistogramBase> Merge(IEnumerable<IReadOnlyDictionary<string, HistogramBase>> parts)
    {
        var merged = new Dictionary<string, HistogramBase>();
        foreach (var part in parts)
        {
            foreach (var (key, histogram) in part)
            {
                if (!merged.TryGetValue(key, out var into))
                {
                    into = merged[key] = BenchLab.Load.Metrics.HistogramConfig.CreateFull();
                }
                into.Add(histogram);
            }
        }
        return merged;
    }

    private static LongHistogram HistogramOf(IEnumerable<HistogramBase> parts)
    {
        var merged = BenchLab.Load.Metrics.HistogramConfig.CreateFull();
        foreach (var part in parts)
        {
            merged.Add(part);
        }
        return merged;
    }
}
