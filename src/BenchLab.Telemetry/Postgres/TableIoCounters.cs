namespace BenchLab.Telemetry.Postgres;

/// <summary>One table's row of pg_statio_user_tables: blocks found in shared buffers (hit) or read into them, for the heap, its indexes and its TOAST table.</summary>
public sealed record TableIoCounters(
    string Schema,
    string Table,
    long HeapBlocksRead,
    long HeapBlocksHit,
    long IndexBlocksRead,
    long IndexBlocksHit,
    long ToastBlocksRead,
    long ToastBlocksHit)
{
    public string QualifiedName => Schema == "public" ? Table : $"{Schema}.{Table}";

    public long BlocksHit => HeapBlocksHit + IndexBlocksHit + ToastBlocksHit;

    public long BlocksRead => HeapBlocksRead + IndexBlocksRead + ToastBlocksRead;

    /// <summary>Hits over all blocks touched (heap, indexes, TOAST); null when none was.</summary>
    public double? HitRatio => BlocksHit + BlocksRead == 0 ? null : BlocksHit / (double)(BlocksHit + BlocksRead);

    public bool Touched => BlocksHit + BlocksRead > 0;

    public TableIoCounters Minus(TableIoCounters? earlier) => earlier is null ? this : this with
    {
        HeapBlocksRead = HeapBlocksRead - earlier.HeapBlocksRead,
        HeapBlocksHit = HeapBlocksHit - earlier.HeapBlocksHit,
        IndexBlocksRead = IndexBlocksRead - earlier.IndexBlocksRead,
        IndexBlocksHit = IndexBlocksHit - earlier.IndexBlocksHit,
        ToastBlocksRead = ToastBlocksRead - earlier.ToastBlocksRead,
        ToastBlocksHit = ToastBlocksHit - earlier.ToastBlocksHit,
    };
}
