using BenchLab.Reports.Charts;

namespace BenchLab.Reports.Html;

/// <summary>A chart in the page: a figure the tests (and readers) find by its kind, with the SVG inline and a caption.</summary>
public static class ChartFigure
{
    public static string Render(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"<figure class=\"chart\" id=\"{chart.Id}\" data-chart=\"{chart.Kind}\"><figcaption><strong>{HtmlText.Encode(chart.Title)}</strong> {HtmlText.Encode(chart.Caption)}</figcaption>{chart.Svg}</figure>";
    }

    public static string Grid(IEnumerable<Chart?> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var figures = charts.OfType<Chart>().Select(Render).ToList();
        return figures.Count == 0 ? "" : $"<div class=\"charts\">{string.Concat(figures)}</div>";
    }
}
