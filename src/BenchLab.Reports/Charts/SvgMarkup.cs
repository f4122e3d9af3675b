using System.Globalization;
using System.Text.RegularExpressions;

namespace BenchLab.Reports.Charts;

/// <summary>
/// Makes ScottPlot's SVG (Skia's SVG canvas) safe to inline many times in one HTML document: no XML declaration,
/// ids made unique with a prefix (two charts' clip paths must not capture each other), Skia's glyph position lists
/// ("1.5, 3, ") without the trailing separator browsers reject, and a viewBox so the chart scales with the page.
/// </summary>
public static partial class SvgMarkup
{
    public static string Inline(string svg, string idPrefix, int width, int height, string title)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException("not an SVG document", nameof(svg));
        }
        var text = svg[start..].Trim();
        text = Ids().Replace(text, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        text = Urls().Replace(text, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        text = Hrefs().Replace(text, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");
        text = PositionLists().Replace(text, m => $"{m.Groups[1].Value}=\"{string.Join(' ', m.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}\"");
        var root = $"<svg viewBox=\"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(title)}\"";
        return string.Concat(root, text.AsSpan("<svg".Length));
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex Urls();

    [GeneratedRegex("\\b((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex Hrefs();

    [GeneratedRegex("\\b(x|y|dx|dy)=\"([-0-9.eE, ]*,[-0-9.eE, ]*)\"")]
    private static partial Regex PositionLists();
}
