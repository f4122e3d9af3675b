namespace BenchLab.Reports.Html;

/// <summary>The one style sheet, inline: system fonts only, readable tables, charts two to a row on wide screens.</summary>
public static class ReportStyle
{
    public const string Css = """
        :root { --fg: #1d2330; --muted: #5b6475; --line: #d9dde5; --bg-soft: #f5f7fa; --good: #1a7f37; --bad: #c62828; --warn: #9a6700; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1560px; padding: 24px 32px 64px; font: 14px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 40px 0 8px; padding-top: 12px; border-top: 2px solid var(--line); }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        p, li { max-width: 110ch; }
        .muted { color: var(--muted); }
        .note { background: var(--bg-soft); border-left: 4px solid var(--line); padding: 8px 12px; }
        .warning { background: #fff8e1; border-left: 4px solid var(--warn); padding: 8px 12px; }
        nav ul { columns: 3 260px; padding-left: 18px; }
        .table { overflow-x: auto; margin: 8px 0 12px; }
        table { border-collapse: collapse; font-size: 13px; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: var(--bg-soft); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .good { color: var(--good); font-weight: 600; }
        .bad { color: var(--bad); font-weight: 600; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 16px; margin: 12px 0; }
        figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; background: #fff; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        figcaption { font-size: 12px; color: var(--muted); margin-bottom: 4px; }
        figcaption strong { color: var(--fg); font-size: 13px; margin-right: 4px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        details summary { cursor: pointer; color: var(--muted); }
        code { background: var(--bg-soft); padding: 0 3px; border-radius: 3px; }
        """;
}
