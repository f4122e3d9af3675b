namespace BenchLab.Servers.Verification;

/// <summary>
/// The outcome of one check: passed when it holds no problem. Problems are sentences a reader can act on
/// ("$.created_at: expected \"2025-12-31T21:48:01\", got \"2025-12-31T21:48:01Z\"").
/// </summary>
public sealed class Verdict
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public bool Passed => _problems.Count == 0;

    public static Verdict Pass => new();

    public static Verdict Fail(string problem) => new Verdict().Add(problem);

    public Verdict Add(string problem)
    {
        _problems.Add(problem);
        return this;
    }

    /// <summary>Adds <paramref name="problem"/> unless <paramref name="condition"/> holds.</summary>
    public Verdict Require(bool condition, string problem) => condition ? this : Add(problem);

    public Verdict Include(Verdict other)
    {
        _problems.AddRange(other._problems);
        return this;
    }
}
