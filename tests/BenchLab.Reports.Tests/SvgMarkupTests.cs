using BenchLab.Reports.Charts;

namespace BenchLab.Reports.Tests;

/// <summary>ScottPlot's SVG made fit to share one page with dozens of others.</summary>
public sealed class SvgMarkupTests
{
    private const string Skia = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="300">
        <clipPath id="cl_4"><rect x="39" y="43" width="545" height="228"/></clipPath>
        <g clip-path="url(#cl_4)"><path d="M1 2L3 4"/></g>
        <use xlink:href="#cl_4"/>
        <text transform="translate(63 278)" font-size="12" x="-9.5419922, -1.9072266, 1.9072266, " y="9.8085938, ">1.2</text>
        </svg>
        """;

    [Fact]
    public void Ids_are_prefixed_declarations_dropped_and_glyph_lists_well_formed()
    {
        var svg = SvgMarkup.Inline(Skia, "s03-latency", 600, 300, "Latency & more");

        Assert.StartsWith("<svg viewBox=\"0 0 600 300\" role=\"img\" aria-label=\"Latency &amp; more\" xmlns=", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("id=\"s03-latency-cl_4\"", svg, StringComparison.Ordinal);
        Assert.Contains("url(#s03-latency-cl_4)", svg, StringComparison.Ordinal);
        Assert.Contains("xlink:href=\"#s03-latency-cl_4\"", svg, StringComparison.Ordinal);
        Assert.Contains("x=\"-9.5419922 -1.9072266 1.9072266\" y=\"9.8085938\"", svg, StringComparison.Ordinal);
        Assert.Contains("x=\"39\" y=\"43\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Something_that_is_not_svg_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SvgMarkup.Inline("<html/>", "x", 1, 1, "t"));
    }
}
