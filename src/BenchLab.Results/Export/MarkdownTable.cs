using System.Text;

namespace BenchLab.Results.Export;

/// <summary>A GitHub-flavoured Markdown table, built row by row.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Row(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add(cells);
        return this;
    }

    public bool IsEmpty => _rows.Count == 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", headers)).AppendLine(" |");
        text.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).AppendLine();
        foreach (var row in _rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).AppendLine(" |");
        }
        return text.ToString();
    }
}
