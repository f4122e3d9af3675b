using System.Globalization;
using System.Text;
using BenchLab.Results.Model;

namespace BenchLab.Reports.Html;

/// <summary>Where and how each run was made: machine, versions, placement, server and variant settings, lab settings (contract §1.5).</summary>
public static class EnvironmentSection
{
    public static string Render(IReadOnlyList<ReportSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var html = new StringBuilder("<section id=\"environment\"><h2>Machine and settings</h2>");
        foreach (var (name, _, run) in series)
        {
            var env = run.Environment;
            html.Append(CultureInfo.InvariantCulture, $"<h3>{HtmlText.Encode(name)}</h3><dl class=\"facts\">");
            Fact(html, "run", $"{run.RunId} · {run.Mode} mode · started {run.StartedAt:yyyy-MM-dd HH:mm:ss} UTC{(run.FinishedAt is { } f ? $", finished {f:HH:mm:ss}" : "")}{(run.Partial ? $" · partial: {run.PartialReason}" : "")}");
            Fact(html, "machine", $"{env.CpuModel}, {env.Cores} cores, {env.MemoryGib} GiB · {env.Os} · kernel {env.Kernel}");
            Fact(html, "versions", $".NET {env.DotnetVersion} · PostgreSQL {env.PostgresVersion} · Redis {env.RedisVersion}");
            Fact(html, "placement", env.PlacementDetail.Count == 0 ? env.Placement : $"{env.Placement} ({string.Join(", ", env.PlacementDetail.Select(p => $"{p.Key}: {p.Value}"))})");
            Fact(html, "commit", $"{env.GitCommit ?? "unknown"}{(env.GitDirty ? " (uncommitted changes)" : "")}");
            Fact(html, "run seed", env.RunSeed.ToString(CultureInfo.InvariantCulture));
            Fact(html, "server", $"{run.Server.Name} — {run.Server.Language} · {run.Server.Framework}");
            foreach (var (key, value) in run.Server.Settings)
            {
                Fact(html, $"server: {key}", value);
            }
            foreach (var (key, value) in run.Server.VariantEnvironment)
            {
                Fact(html, $"variant {run.Server.Variant}", $"{key}={value}");
            }
            html.Append("</dl>");
            if (env.Settings.Count > 0)
            {
                html.Append("<details><summary>Lab and PostgreSQL settings</summary><dl class=\"facts\">");
                foreach (var (key, value) in env.Settings.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Fact(html, key, value);
                }
                html.Append("</dl></details>");
            }
        }
        return html.Append("</section>").ToString();
    }

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{HtmlText.Encode(name)}</dt><dd>{HtmlText.Encode(value)}</dd>");
}
