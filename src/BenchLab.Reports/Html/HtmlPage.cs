namespace BenchLab.Reports.Html;

/// <summary>
/// The document around a report: UTF-8, the style sheet inline, and a Content-Security-Policy that forbids every
/// external load — a report that tried to fetch a script, font or image would fail loudly instead of silently
/// needing the network.
/// </summary>
public static class HtmlPage
{
    public static string Render(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="generator" content="BenchLab">
            <title>{HtmlText.Encode(title)}</title>
            <style>{ReportStyle.Css}</style>
            </head>
            <body>
            {body}
            </body>
            </html>
            """;
    }
}
