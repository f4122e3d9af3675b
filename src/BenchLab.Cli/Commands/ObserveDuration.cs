using System.Globalization;
using System.Text.RegularExpressions;
using BenchLab.Infra;

namespace BenchLab.Cli.Commands;

/// <summary>
/// Durations as k6 and the runner write them: <c>30s</c>, <c>500ms</c>, <c>2m</c>, <c>1m30s</c>, <c>1h</c>, or a
/// plain number of seconds.
/// </summary>
public static partial class ObserveDuration
{
    public static TimeSpan Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && double.IsFinite(seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        var match = Parts().Match(trimmed);
        if (trimmed.Length == 0 || !match.Success)
        {
            throw new UsageException($"{option} '{text}' is not a duration; write e.g. 30s, 500ms, 2m or 1m30s");
        }
        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = part.Value.TrimStart("0123456789.".ToCharArray());
            var value = double.Parse(part.Value[..^unit.Length], CultureInfo.InvariantCulture);
            total += unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(value),
                "s" => TimeSpan.FromSeconds(value),
                "m" => TimeSpan.FromMinutes(value),
                _ => TimeSpan.FromHours(value),
            };
        }
        if (total <= TimeSpan.Zero)
        {
            throw new UsageException($"{option} '{text}' must be longer than zero");
        }
        return total;
    }

    [GeneratedRegex(@"^(?<part>[0-9]+(\.[0-9]+)?(ms|s|m|h))+$")]
    private static partial Regex Parts();
}
