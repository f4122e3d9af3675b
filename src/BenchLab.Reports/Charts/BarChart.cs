using ScottPlot;

namespace BenchLab.Reports.Charts;

/// <summary>Bars with asymmetric error bars (a spread or a confidence interval), and optionally a reference line (1× for ratios).</summary>
public static class BarChart
{
    public static Chart? Render(string kind, string id, string title, string caption, string yLabel, IReadOnlyList<BarValue> bars, double? referenceLine = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var shown = bars.Where(b => double.IsFinite(b.Value)).ToList();
        if (shown.Count == 0)
        {
            return null;
        }
        var plot = ChartStyle.NewPlot("", yLabel);
        var positions = Enumerable.Range(0, shown.Count).Select(i => (double)i).ToArray();
        plot.Add.Bars(shown.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Value,
            FillColor = ChartStyle.ColorOf(b.ColorIndex).WithAlpha(0.8),
            LineWidth = 0,
            Size = shown.Count < 3 ? 0.4 : 0.6,
        }).ToArray());
        var withIntervals = shown.Select((b, i) => (b, i)).Where(p => double.IsFinite(p.b.Low) && double.IsFinite(p.b.High)).ToList();
        if (withIntervals.Count > 0)
        {
            var errors = new ScottPlot.Plottables.ErrorBar(
                [.. withIntervals.Select(p => (double)p.i)],
                [.. withIntervals.Select(p => p.b.Value)],
                null,
                null,
                [.. withIntervals.Select(p => Math.Max(0, p.b.High - p.b.Value))],
                [.. withIntervals.Select(p => Math.Max(0, p.b.Value - p.b.Low))])
            {
                Color = Colors.Black,
                LineWidth = 1.5f,
                CapSize = 8,
            };
            plot.Add.Plottable(errors);
        }
        if (referenceLine is { } line)
        {
            plot.Add.HorizontalLine(line, 1.5f, Colors.Gray, LinePattern.Solid);
        }
        plot.Axes.Bottom.SetTicks(positions, [.. shown.Select(b => b.Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        return ChartStyle.Render(plot, kind, id, title, caption);
    }
}
