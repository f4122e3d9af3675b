using System.Text.RegularExpressions;

namespace BenchLab.Testing;

/// <summary>
/// The numbered headings of contract/*.md ("§3.1" in the heading "### §3.1 Basic (01–08)") and the anchored decisions
/// and variants (D1–D21, V0–V5), so that a test can show that every "§" a user meets resolves to one of them.
/// </summary>
public static partial class ContractSections
{
    private static readonly Lazy<IReadOnlySet<string>> Known = new(Read);

    public static IReadOnlySet<string> All => Known.Value;

    /// <summary>The distinct § references in <paramref name="text"/> (e.g. "§3.1", "§9") that no heading of contract/ carries.</summary>
    public static IReadOnlyList<string> Unresolved(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Reference().Matches(text).Select(match => "§" + match.Groups[1].Value).Distinct(StringComparer.Ordinal).Where(reference => !All.Contains(reference))];
    }

    /// <summary>Every § reference in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> References(string text) =>
        [.. Reference().Matches(text).Select(match => "§" + match.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    private static HashSet<string> Read()
    {
        var folder = Path.Combine(LabEnvironment.Layout.RepositoryRoot, "contract");
        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.md"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var heading = Heading().Match(lines[i]);
                // A heading counts only with its anchor on the line before it: that is what a link resolves to.
                if (heading.Success && i > 0 && lines[i - 1].Trim() == $"<a id=\"s{heading.Groups[1].Value}\"></a>")
                {
                    sections.Add("§" + heading.Groups[1].Value);
                }
            }
        }
        return sections;
    }

    [GeneratedRegex(@"^#{1,6} §(\d+(?:\.\d+)?) ")]
    private static partial Regex Heading();

    // "§3.1", "§9", "§1.5's"; a trailing full stop is not part of the number.
    [GeneratedRegex(@"§(\d+(?:\.\d+)?)")]
    private static partial Regex Reference();
}
