namespace BenchLab.Telemetry.Postgres;

/// <summary>
/// The server role's statements between two snapshots, split into counted data statements and what is excluded
/// (transaction control, connection resets, session settings, driver catalog reads). <see cref="Problems"/> says
/// when the figure cannot be trusted: pg_stat_statements evicted entries (more shapes than
/// <c>pg_stat_statements.max</c>) or was reset in between.
/// </summary>
public sealed record StatementDelta(IReadOnlyList<StatementDeltaEntry> Entries, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// Whether pg_stat_statements was reset between the snapshots (all of it, or entries of this role or
    /// database): something else ran a reset, and measuring again usually gives a clean figure.
    /// </summary>
    public bool WasReset { get; init; }

    /// <summary>Executions of data statements: the contract's Q, summed.</summary>
    public long DataStatements => Entries.Where(e => e.Counted).Sum(e => e.Calls);

    /// <summary>Rows returned or affected by data statements.</summary>
    public long DataRows => Entries.Where(e => e.Counted).Sum(e => e.Rows);

    /// <summary>Executions of statements that do not count, by kind.</summary>
    public IReadOnlyDictionary<StatementKind, long> Excluded => Entries
        .Where(e => !e.Counted)
        .GroupBy(e => e.Kind)
        .ToDictionary(g => g.Key, g => g.Sum(e => e.Calls));

    public bool Reliable => Problems.Count == 0;

    public static StatementDelta Between(StatementSnapshot before, StatementSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var problems = new List<string>();
        var wasReset = after.ResetAt != before.ResetAt;
        if (after.Deallocations > before.Deallocations)
        {
            problems.Add($"pg_stat_statements evicted entries {after.Deallocations - before.Deallocations} time(s) in between (raise pg_stat_statements.max): counts may be short");
        }
        if (wasReset)
        {
            problems.Add("pg_stat_statements was reset in between: counts are since the reset");
        }
        var previous = before.Statements.ToDictionary(s => s.QueryId);
        var entries = new List<StatementDeltaEntry>();
        foreach (var now in after.Statements)
        {
            var then = previous.GetValueOrDefault(now.QueryId);
            if (then is not null && now.Calls < then.Calls)
            {
                // The entry was reset (pg_stat_statements_reset for this role or database), or evicted and created
                // again, and counted from zero since: either way the window's count is short and worth measuring again.
                problems.Add($"statement {now.QueryId} was reset or evicted in between: its count is since then");
                wasReset = true;
                then = null;
            }
            var calls = now.Calls - (then?.Calls ?? 0);
            if (calls == 0)
            {
                continue;
            }
            entries.Add(new StatementDeltaEntry(
                now.QueryId,
                now.Query,
                now.Kind,
                calls,
                now.Rows - (then?.Rows ?? 0),
                now.TotalExecMilliseconds - (then?.TotalExecMilliseconds ?? 0),
                now.SharedBlocksHit - (then?.SharedBlocksHit ?? 0),
                now.SharedBlocksRead - (then?.SharedBlocksRead ?? 0)));
        }
        var current = after.Statements.Select(s => s.QueryId).ToHashSet();
        var vanished = before.Statements.Count(s => !current.Contains(s.QueryId));
        if (vanished > 0 && after.Deallocations == before.Deallocations && after.ResetAt == before.ResetAt)
        {
            // Only a reset or an eviction removes an entry, and nothing was evicted: a reset of this role or
            // database, which leaves stats_reset alone. Work counted before it in the window is lost. (The snapshot
            // reads entries and the eviction count in two queries; an eviction between them reads as a reset here,
            // which costs one needless re-measurement, nothing worse.)
            problems.Add($"{vanished} statement(s) vanished in between (pg_stat_statements_reset for a role or database): counts may be short");
            wasReset = true;
        }
        entries.Sort((a, b) => b.Calls.CompareTo(a.Calls) is var byCalls && byCalls != 0 ? byCalls : a.QueryId.CompareTo(b.QueryId));
        return new StatementDelta(entries, problems) { WasReset = wasReset };
    }
}
