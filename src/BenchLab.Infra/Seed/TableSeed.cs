namespace BenchLab.Infra.Seed;

/// <summary>
/// The deterministic rows of one table (contract §2.3): its columns in COPY order, how many rows, and
/// row i as a pure function of i.
/// </summary>
public abstract class TableSeed
{
    public abstract string Table { get; }

    public abstract IReadOnlyList<SeedColumn> Columns { get; }

    public abstract int RowCount { get; }

    /// <summary>The serial sequence set to <see cref="RowCount"/> after loading, or null (search_vocab).</summary>
    public virtual string? IdSequence => $"{Table}_id_seq";

    /// <summary>
    /// Roughly how long the table takes to load, relative to other tables: the seeder starts the costliest
    /// first so that the parallel load does not end waiting on one late straggler. Values written count.
    /// </summary>
    public virtual long CopyCost => (long)RowCount * Columns.Count;

    /// <summary>Writes row <paramref name="index"/> (0-based) in <see cref="Columns"/> order.</summary>
    public abstract void WriteRow(IRowWriter writer, int index);
}
