using System.Text;

namespace BenchLab.Reports.Html;

/// <summary>An HTML table built row by row; <see cref="Row"/> encodes its cells, <see cref="RowHtml"/> takes markup.</summary>
public sealed class HtmlTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public bool IsEmpty => _rows.Count == 0;

    public HtmlTable Row(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add([.. cells.Select(HtmlText.Encode)]);
        return this;
    }

    public HtmlTable RowHtml(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var html = new StringBuilder("<div class=\"table\"><table><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(HtmlText.Encode(header)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in _rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }
}
