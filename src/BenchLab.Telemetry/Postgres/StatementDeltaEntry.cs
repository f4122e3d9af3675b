namespace BenchLab.Telemetry.Postgres;

/// <summary>What one statement shape did between two snapshots.</summary>
public sealed record StatementDeltaEntry(
    long QueryId,
    string Query,
    StatementKind Kind,
    long Calls,
    long Rows,
    double TotalExecMilliseconds,
    long SharedBlocksHit,
    long SharedBlocksRead)
{
    public bool Counted => StatementClassifier.IsCounted(Kind);

    public double MeanExecMilliseconds => Calls == 0 ? 0 : TotalExecMilliseconds / Calls;
}
