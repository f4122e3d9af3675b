using System.Globalization;

namespace BenchLab.Telemetry.Redis;

/// <summary>
/// The text of Redis's INFO command as fields (<c>keyspace_hits</c>, <c>used_memory</c>, …), plus the parsed
/// commandstats (<c>cmdstat_get:calls=3,…</c> → get = 3) and the key count summed over the keyspace section.
/// </summary>
public sealed class RedisInfo
{
    private readonly Dictionary<string, string> _fields = [];
    private readonly Dictionary<string, long> _commandCalls = [];

    public IReadOnlyDictionary<string, string> Fields => _fields;

    /// <summary>Calls per command since the server started (or CONFIG RESETSTAT), as commandstats names them.</summary>
    public IReadOnlyDictionary<string, long> CommandCalls => _commandCalls;

    /// <summary>Keys in all databases.</summary>
    public long Keys { get; private set; }

    public long Number(string field) => _fields.TryGetValue(field, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public static RedisInfo Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var info = new RedisInfo();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || colon <= 0)
            {
                continue;
            }
            var (name, value) = (line[..colon], line[(colon + 1)..]);
            if (name.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                info._commandCalls[name["cmdstat_".Length..]] = SubField(value, "calls");
            }
            else if (name.StartsWith("db", StringComparison.Ordinal) && value.StartsWith("keys=", StringComparison.Ordinal))
            {
                info.Keys += SubField(value, "keys");
            }
            else
            {
                info._fields[name] = value;
            }
        }
        return info;
    }

    /// <summary>One member of a <c>a=1,b=2</c> value.</summary>
    private static long SubField(string value, string name)
    {
        foreach (var part in value.Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part.AsSpan(0, equals).SequenceEqual(name))
            {
                return long.Parse(part.AsSpan(equals + 1), CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }
}
