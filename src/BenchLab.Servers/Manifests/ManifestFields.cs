using System.Text.Json;

namespace BenchLab.Servers.Manifests;

/// <summary>
/// Reads typed members of one JSON object of a manifest and collects a sentence for every problem instead of
/// stopping at the first, so that one run of the reader tells the author everything to fix (the k6 way).
/// </summary>
internal sealed class ManifestFields(JsonElement element, string path, List<string> problems)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public List<string> Problems => problems;

    /// <summary>Where this object sits in the manifest, e.g. <c>start</c>; empty for the top level.</summary>
    public string Path => path;

    public string Name(string member) => path.Length == 0 ? member : $"{path}.{member}";

    public JsonElement? Member(string member)
    {
        _read.Add(member);
        return element.TryGetProperty(member, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    public string? String(string member, bool required, string example)
    {
        var value = Member(member);
        if (value is null)
        {
            if (required)
            {
                problems.Add($"'{Name(member)}' is missing; give {example}.");
            }
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"'{Name(member)}' must be a string such as {example}, not {Describe(value.Value)}.");
            return null;
        }
        return value.Value.GetString();
    }

    public int? WholeNumber(string member, int minimum, int maximum)
    {
        var value = Member(member);
        if (value is null)
        {
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out var number) || number < minimum || number > maximum)
        {
            problems.Add($"'{Name(member)}' must be a whole number from {minimum} to {maximum}, not {Describe(value.Value)}.");
            return null;
        }
        return number;
    }

    /// <summary>A list of strings, e.g. a command or the scenario ids; null when absent or wrong.</summary>
    public IReadOnlyList<string>? StringList(string member, bool required, string example)
    {
        var value = Member(member);
        if (value is null)
        {
            if (required)
            {
                problems.Add($"'{Name(member)}' is missing; give {example}.");
            }
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            var hint = value.Value.ValueKind == JsonValueKind.String ? " (a list of words, not one string: the lab runs it without a shell)" : "";
            problems.Add($"'{Name(member)}' must be a list such as {example}{hint}, not {Describe(value.Value)}.");
            return null;
        }
        var items = new List<string>();
        var index = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                problems.Add($"'{Name(member)}[{index}]' must be a non-empty string, not {Describe(item)}.");
            }
            else
            {
                items.Add(item.GetString()!);
            }
            index++;
        }
        return items;
    }

    /// <summary>A nested object's reader; null (with a problem) when the member is not an object.</summary>
    public ManifestFields? Object(string member, bool required, string example)
    {
        var value = Member(member);
        if (value is null)
        {
            if (required)
            {
                problems.Add($"'{Name(member)}' is missing; give {example}.");
            }
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"'{Name(member)}' must be an object such as {example}, not {Describe(value.Value)}.");
            return null;
        }
        return new ManifestFields(value.Value, Name(member), problems);
    }

    /// <summary>The members of a free-form object (name → value), e.g. fixed environment variables.</summary>
    public IEnumerable<JsonProperty> Properties() => element.EnumerateObject();

    /// <summary>Adds a problem for each member nobody asked for: usually a typo that would otherwise be ignored.</summary>
    public void RejectUnknownMembers()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (_read.Contains(property.Name))
            {
                continue;
            }
            var guess = _read.OrderBy(known => Distance(known, property.Name)).FirstOrDefault();
            var hint = guess is not null && Distance(guess, property.Name) <= 3 ? $" (did you mean '{Name(guess)}'?)" : $" (known here: {string.Join(", ", _read.Order(StringComparer.Ordinal))})";
            problems.Add($"'{Name(property.Name)}' is not a manifest member{hint}.");
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    /// <summary>Levenshtein distance, for "did you mean" hints on misspelt members.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
