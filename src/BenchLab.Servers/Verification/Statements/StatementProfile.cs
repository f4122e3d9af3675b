namespace BenchLab.Servers.Verification.Statements;

/// <summary>
/// Statements one route issued, measured over a number of sequential requests (contract §8.6): the total and
/// each statement's share, so a wrong count can say which statement was extra or missing.
/// </summary>
public sealed record StatementProfile(string Route, int Requests, long Statements, long Rows, IReadOnlyList<StatementCount> ByStatement)
{
    /// <summary>What makes the figures doubtful (other work running, entries evicted), as the profiler saw it.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>How often the requests were measured: more than once when something disturbed a measurement.</summary>
    public int Attempts { get; init; } = 1;

    public double PerRequest => Requests == 0 ? 0 : (double)Statements / Requests;

    /// <summary>The statements as "×2 SELECT id, name … FROM users …; ×1 …", most frequent first, for messages.</summary>
    public string Describe(int maximum = 4)
    {
        if (ByStatement.Count == 0)
        {
            return "no statements";
        }
        var shown = ByStatement.OrderByDescending(count => count.Calls).Take(maximum)
            .Select(count => $"{count.Calls}× {Shorten(count.Query)}");
        var more = ByStatement.Count > maximum ? $"; and {ByStatement.Count - maximum} more" : "";
        return string.Join("; ", shown) + more;
    }

    private static string Shorten(string query)
    {
        var oneLine = string.Join(' ', query.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 90 ? oneLine : oneLine[..87] + "…";
    }
}

/// <summary>One normalised statement (as pg_stat_statements shows it) and how often it ran.</summary>
public sealed record StatementCount(string Query, long Calls, long Rows);
