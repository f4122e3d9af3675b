namespace BenchLab.Load.Metrics;

/// <summary>What a request series is recorded under: its group path ("" for none, "::A::B" when nested, as
/// k6 names groups), its name, and its extra tags in canonical form ("op=prep,step=login").</summary>
public sealed record SeriesKey(string Group, string Name, string Tags)
{
    public IReadOnlyDictionary<string, string> TagMap { get; } = ParseTags(Tags);

    public override string ToString() => $"{(Group.Length > 0 ? Group + " " : "")}{Name}{(Tags.Length > 0 ? $" {{{Tags}}}" : "")}";

    private static Dictionary<string, string> ParseTags(string tags) =>
        tags.Length == 0
            ? []
            : tags.Split(',').Select(t => t.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);
}

/// <summary>A named check inside a group.</summary>
public sealed record CheckKey(string Group, string Name);
