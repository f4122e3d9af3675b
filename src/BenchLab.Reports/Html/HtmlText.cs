using System.Net;

namespace BenchLab.Reports.Html;

/// <summary>Text into HTML: everything that comes from a result file is encoded on the way in.</summary>
public static class HtmlText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A fragment id from a scenario id or a label: letters, digits and dashes only.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return new string(chars).Trim('-');
    }
}
