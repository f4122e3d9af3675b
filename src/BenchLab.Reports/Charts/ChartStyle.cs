using ScottPlot;

namespace BenchLab.Reports.Charts;

/// <summary>One look for every chart: size, font, palette, axes from zero, and the step from a ScottPlot plot to an inline <see cref="Chart"/>.</summary>
public static class ChartStyle
{
    public const int Width = 720;
    public const int Height = 280;

    /// <summary>Installed with every Debian desktop and Chromium; a browser without it falls back to its sans-serif.</summary>
    public const string Font = "DejaVu Sans";

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    public static Color ColorOf(int index) => Palette.GetColor(index);

    public static Plot NewPlot(string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.XLabel(xLabel, 12);
        plot.YLabel(yLabel, 12);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.Right.TickLabelStyle.FontSize = 11;
        plot.Legend.FontSize = 11;
        return plot;
    }

    public static void ShowLegend(Plot plot, int entries)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (entries > 1)
        {
            plot.ShowLegend(Alignment.UpperRight);
            plot.Legend.FontName = Font;
        }
        else
        {
            // One line needs no legend: the axis label and the caption name it.
            plot.HideLegend();
        }
    }

    /// <summary>
    /// Time charts share one frame: x over the measured seconds, y from zero to a little above the data (a rate
    /// or a latency read against an axis that does not start at zero exaggerates every wiggle).
    /// </summary>
    public static void TimeFrame(Plot plot, double seconds, double maxY, IYAxis? axis = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.SetLimitsX(0, Math.Max(1, seconds));
        FromZero(plot, maxY, axis);
    }

    public static void FromZero(Plot plot, double maxY, IYAxis? axis = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var top = double.IsFinite(maxY) && maxY > 0 ? maxY * 1.12 : 1;
        plot.Axes.SetLimitsY(0, top, axis ?? plot.Axes.Left);
    }

    public static Chart Render(Plot plot, string kind, string id, string title, string caption, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var svg = plot.GetSvgXml(width, height);
        return new Chart(kind, id, title, SvgMarkup.Inline(svg, id, width, height, title), caption);
    }

    /// <summary>
    /// A line; a secondary one (<paramref name="marked"/>) carries small markers on every point instead of dashes:
    /// Skia's SVG canvas cannot write dash patterns (it draws them solid and complains on stdout).
    /// </summary>
    public static ScottPlot.Plottables.Scatter Line(Plot plot, IReadOnlyList<double> xs, IReadOnlyList<double> ys, Color color, string? legend, float width = 1.5f, bool marked = false)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
        line.LineWidth = width;
        line.LegendText = legend ?? "";
        if (marked)
        {
            line.MarkerShape = MarkerShape.OpenCircle;
            line.MarkerSize = 5;
        }
        return line;
    }
}
